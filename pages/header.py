"""The portal's header, on every portal screen: its links lead to 首都之窗, 我的空间, 登录, 短信发件箱."""

from __future__ import annotations

from playwright.sync_api import Page

from . import home, identity, outbox, space, steps
from .components import click_through


class Header:
    """The portal's header: site title, 您好, 我的空间, 退出 or 登录, and 短信发件箱 in test mode."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.root = page.get_by_role("banner")
        # The site title is the header's first link; its text changes by area.
        self.site_title = self.root.get_by_role("link").first
        self.greeting = self.root.get_by_text("您好，")
        self.my_space_link = self.root.get_by_role("link", name="我的空间", exact=True)
        self.logout_button = self.root.get_by_role("button", name="退出", exact=True)
        self.login_link = self.root.get_by_role("link", name="登录", exact=True)
        self.sms_outbox_link = self.root.get_by_role("link", name="短信发件箱", exact=True)

    def go_home(self) -> home.HomePage:
        return click_through(self.site_title, home.HomePage)

    def log_in(self) -> identity.IdentityLoginPage:
        """点击【登录】: to 北京市统一身份认证平台."""
        return click_through(self.login_link, identity.IdentityLoginPage)

    def log_in_expecting_unavailable(self) -> identity.IdentityUnavailablePage:
        """点击【登录】 while the platform is down: the portal's 登录暂不可用 page."""
        return click_through(self.login_link, identity.IdentityUnavailablePage)

    def log_out(self) -> home.HomePage:
        return click_through(self.logout_button, home.HomePage)

    @steps.step("点击【我的空间】")
    def go_to_my_space(self) -> space.MySpacePage:
        return click_through(self.my_space_link, space.MySpacePage)

    @steps.step("打开短信发件箱")
    def open_sms_outbox(self) -> outbox.SmsOutboxPage:
        return click_through(self.sms_outbox_link, outbox.SmsOutboxPage)
