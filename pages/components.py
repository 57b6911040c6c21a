"""Parts shared by several screens: the portal header, the progress bar, messages, value lists."""

from __future__ import annotations

from typing import TYPE_CHECKING, Self, TypeVar

from playwright.sync_api import Locator, Page, expect

if TYPE_CHECKING:
    from .home import HomePage
    from .identity import IdentityLoginPage
    from .outbox import SmsOutboxPage
    from .space import MySpacePage


class Screen:
    """A page object for one screen; `heading` tells that the screen is showing."""

    heading: Locator

    def __init__(self, page: Page) -> None:
        self.page = page

    def wait_until_ready(self) -> Self:
        """Wait until this screen is the one showing (the readiness wait after navigation)."""
        expect(self.heading).to_be_visible()
        return self


Next = TypeVar("Next", bound=Screen)


def click_through(control: Locator, to: type[Next]) -> Next:
    """Click a control that loads a page, and wait until that page is the screen `to`.

    Waiting for the new document's load event, not only for `to`'s heading, keeps a form that
    posts to itself (same heading before and after) from being read before it came back.
    """
    page = control.page
    with page.expect_event("load"):
        control.click()
    return to(page).wait_until_ready()


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

    def go_home(self) -> HomePage:
        from .home import HomePage

        return click_through(self.site_title, HomePage)

    def log_in(self) -> IdentityLoginPage:
        from .identity import IdentityLoginPage

        return click_through(self.login_link, IdentityLoginPage)

    def log_out(self) -> HomePage:
        from .home import HomePage

        return click_through(self.logout_button, HomePage)

    def go_to_my_space(self) -> MySpacePage:
        from .space import MySpacePage

        return click_through(self.my_space_link, MySpacePage)

    def open_sms_outbox(self) -> SmsOutboxPage:
        from .outbox import SmsOutboxPage

        return click_through(self.sms_outbox_link, SmsOutboxPage)


class ProgressBar:
    """办理进度: 1 在线填表 → 2 信息确认, with the current step marked."""

    def __init__(self, page: Page) -> None:
        self.root = page.get_by_role("list", name="办理进度")
        self.steps = self.root.get_by_role("listitem")
        # aria-current is the step's state; Playwright's role selector has no option for it.
        self.current_step = self.root.locator('[aria-current="step"]')


class ErrorBox:
    """The red message a page shows when something went wrong (role alert)."""

    def __init__(self, page: Page | Locator) -> None:
        self.message = page.get_by_role("alert")


class InfoBox:
    """The neutral message a page shows about the outcome (role status)."""

    def __init__(self, page: Page | Locator) -> None:
        self.message = page.get_by_role("status")


class DefinitionList:
    """Label–value pairs shown as <dl>: `value("姓名")` is the value beside 姓名."""

    def __init__(self, root: Page | Locator) -> None:
        self.root = root
        self.terms = root.locator("dt")

    def value(self, term: str) -> Locator:
        # A <dd> has no accessible name of its own; its <dt> is the only thing that names it.
        return self.root.locator(f'dt:text-is("{term}") + dd')


def main_content(page: Page) -> Locator:
    """The page body below the header: the portal's <main> landmark."""
    return page.get_by_role("main")
