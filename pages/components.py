"""Parts shared by several screens: the screen base, the progress bar, messages, value lists,
and the identity platform's captcha and 获取验证码 button.

It imports no other page module, so the others import its names directly (see pages/__init__).
"""

from __future__ import annotations

import re
from typing import Self, TypeVar

from playwright.sync_api import Locator, Page, expect

#: The graphic captcha of a portal started for tests (MOCK_PORTAL_CAPTCHA).
TEST_CAPTCHA = "1488"

#: The captcha image's alt text, which also names the button around it that draws a new one.
CAPTCHA_NAME = "图形验证码，点击刷新"

#: 获取验证码, or 重新发送(N) while the next code may not be asked for yet.
SEND_CODE_NAME = re.compile(r"^(获取验证码|重新发送\(\d+\))$")


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


def captcha_refresh_button(form: Page | Locator) -> Locator:
    """The button around a form's captcha image: a click, Enter or Space draws a new one."""
    return form.get_by_role("button", name=CAPTCHA_NAME, exact=True)


def send_code_button(form: Page | Locator) -> Locator:
    """The 获取验证码 button of a form; its name counts down as 重新发送(59) … after sending."""
    return form.get_by_role("button", name=SEND_CODE_NAME)


def request_code(button: Locator) -> None:
    """Click 获取验证码 and wait for the platform's answer (the page's script asks with fetch;
    the message and the countdown appear without a page load)."""
    with button.page.expect_response(lambda r: r.request.method == "POST"):
        button.click()
