"""The error pages both origins show when a request could not be done (a fault, a 5xx): the
message, 重试 and the way home."""

from __future__ import annotations

from playwright.sync_api import Page

from . import header, home
from .components import ErrorBox, Next, Screen, click_through


class PortalErrorPage(Screen):
    """The portal's 请求未能完成 page: the message, 【重试】 and 【返回首页】."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="请求未能完成", exact=True)
        self.error = ErrorBox(page).message
        self.retry_link = page.get_by_role("link", name="重试", exact=True)
        self.home_link = page.get_by_role("link", name="返回首页", exact=True)

    def retry(self, *, then: type[Next]) -> Next:
        """点击【重试】: the page asked for again (after a form, the form's page), the screen
        `then`."""
        return click_through(self.retry_link, then)

    def go_home(self) -> home.HomePage:
        """点击【返回首页】."""
        return click_through(self.home_link, home.HomePage)


class PageNotFoundPage(PortalErrorPage):
    """The portal's 页面不存在 page (an address it does not know), with 【返回首页】."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="页面不存在", exact=True)

    def open(self, path: str) -> PageNotFoundPage:
        """Type an address the portal does not know."""
        self.page.goto(path)
        return self.wait_until_ready()


class IdentityErrorPage(Screen):
    """北京市统一身份认证平台's error page: the message, 【重试】 and 【返回北京市政务服务网】."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="北京市统一身份认证平台", exact=True)
        self.error = ErrorBox(page).message
        self.retry_link = page.get_by_role("link", name="重试", exact=True)
        self.portal_link = page.get_by_role("link", name="返回北京市政务服务网", exact=True)

    def retry(self, *, then: type[Next]) -> Next:
        """点击【重试】: the platform's page asked for again, the screen `then`."""
        return click_through(self.retry_link, then)

    def go_to_portal(self) -> home.HomePage:
        """点击【返回北京市政务服务网】."""
        return click_through(self.portal_link, home.HomePage)
