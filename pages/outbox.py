"""短信发件箱: the mock SMS gateway's outbox as a page (test mode only), newest first, and
the SMS code read from it as a person reads it on the phone (第9步)."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from playwright.sync_api import Locator, Page

from . import header, steps
from .components import InfoBox, Screen, click_through

#: The code in an SMS of the identity platform: 【北京通】123456（验证码），….
SMS_CODE = re.compile(r"【北京通】(\d{6})（验证码）")


class SmsOutboxPage(Screen):
    """短信发件箱: every SMS the portal sent, or those to one phone number."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="短信发件箱", exact=True, level=1)
        self.phone = page.get_by_label("手机号", exact=True)
        self.filter_button = page.get_by_role("button", name="筛选", exact=True)
        self.show_all_link = page.get_by_role("link", name="全部短信", exact=True)
        self.messages = page.get_by_role("list", name="短信列表").get_by_role("listitem")
        self.latest = self.messages.first
        self.empty = InfoBox(page).message

    def open(self, phone: str | None = None) -> SmsOutboxPage:
        self.page.goto("/__outbox/" + (f"?{urlencode({'phone': phone})}" if phone else ""))
        return self.wait_until_ready()

    @steps.step("按手机号筛选短信")
    def filter_by_phone(self, phone: str) -> SmsOutboxPage:
        """Type a 手机号 and 筛选: only the messages sent to it."""
        self.phone.fill(phone)
        return click_through(self.filter_button, SmsOutboxPage)

    def show_all(self) -> SmsOutboxPage:
        """点击【全部短信】."""
        return click_through(self.show_all_link, SmsOutboxPage)

    def state_of(self, message: Locator) -> Locator:
        """A message's state when the gateway has not sent it: 待发送 or 发送失败 (none once sent)."""
        return message.get_by_test_id("sms-state")

    def text_of(self, message: Locator) -> Locator:
        """The text of a message, without its phone-and-time line (the message's paragraph)."""
        return message.get_by_role("paragraph")


def read_sms_code(page: Page, phone: str) -> str:
    """Look at the phone: the code of the newest SMS to `phone`, read from the 短信发件箱 in a
    tab of its own (the page the person is on stays as it is)."""
    phone_tab = page.context.new_page()
    try:
        outbox = SmsOutboxPage(phone_tab).open(phone)
        text = outbox.text_of(outbox.latest).inner_text()
    finally:
        phone_tab.close()
    match = SMS_CODE.search(text)
    if match is None:
        raise LookupError(f"the newest SMS to {phone} has no 【北京通】 code: {text!r}")
    return match[1]
