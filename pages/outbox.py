"""短信发件箱: the mock SMS gateway's outbox as a page (test mode only), newest first (第9步)."""

from __future__ import annotations

from urllib.parse import urlencode

from playwright.sync_api import Locator, Page

from .components import Header, InfoBox, Screen, click_through


class SmsOutboxPage(Screen):
    """短信发件箱: every SMS the portal sent, or those to one phone number."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = Header(page)
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

    def filter_by_phone(self, phone: str) -> SmsOutboxPage:
        """Type a 手机号 and 筛选: only the messages sent to it."""
        self.phone.fill(phone)
        return click_through(self.filter_button, SmsOutboxPage)

    def show_all(self) -> SmsOutboxPage:
        """点击【全部短信】."""
        return click_through(self.show_all_link, SmsOutboxPage)

    def text_of(self, message: Locator) -> Locator:
        """The text of a message, without its phone-and-time line."""
        # The two lines of a message are plain <div>s; the text is the last one.
        return message.locator("div").last
