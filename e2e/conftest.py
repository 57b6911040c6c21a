"""Thin fixtures handing out page objects, each on its screen and ready to use."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from pages import (
    ConfirmationPage,
    ContributionFormPage,
    HomePage,
    IdentityLoginPage,
    NoticePage,
    OfficeChooserPage,
    SubmissionSuccessPage,
)
from support.portal_user import MONTHLY


@pytest.fixture
def browser_elsewhere(new_context, login):
    """`browser_elsewhere(persona) -> Page`: a page in another browser (its own cookies), with
    `persona` logged in without the UI — a next visit, or another person at another computer."""

    def open_as(persona) -> Page:
        context = new_context()
        login(persona, context=context)
        return context.new_page()

    return open_as


@pytest.fixture
def home(page: Page) -> HomePage:
    """首都之窗, opened."""
    return HomePage(page).open()


@pytest.fixture
def chooser(page: Page) -> OfficeChooserPage:
    """在线办理's district/office chooser, opened, nothing chosen."""
    return OfficeChooserPage(page).open()


@pytest.fixture
def login_page(page: Page) -> IdentityLoginPage:
    """北京市统一身份认证平台's login page, reached by the portal's 【登录】 link without opening
    首都之窗 (tests of the header's link, and of 【返回】 to the page it was on, walk it)."""
    return IdentityLoginPage(page).open()


@pytest.fixture
def sms_login(login_page: IdentityLoginPage) -> IdentityLoginPage:
    """The same login page on 短信登录."""
    return login_page.switch_to_sms_login()


@pytest.fixture
def declaration_day() -> str | None:
    """When the declaration happens (mock clock, frozen); None: real time. Modules override it."""
    return None


@pytest.fixture
def declarant(persona, login, clock, declaration_day):
    """`persona`, logged in without the UI, on `declaration_day`'s frozen clock if it is set."""
    if declaration_day is not None:
        clock.set(declaration_day, frozen=True)
    login(persona)
    return persona


@pytest.fixture
def notice(declarant, reach) -> NoticePage:
    """用户须知 for `persona`, office 海淀区's centre (the guide's), reached directly."""
    return reach.notice()


@pytest.fixture
def form(declarant, reach) -> ContributionFormPage:
    """在线填表 for `persona`, empty, reached directly (用户须知 agreed to over HTTP)."""
    return reach.form()


@pytest.fixture
def declare(declarant, reach):
    """`declare(wage, cycle=None)`: 信息确认 of those values, reached directly."""

    def go(wage: str, cycle: str | None = None) -> ConfirmationPage:
        return reach.confirmation(wage, cycle or MONTHLY)

    return go


@pytest.fixture
def submitted(declarant, reach) -> SubmissionSuccessPage:
    """申请提交成功 after declaring 8000 元 按月缴费 for `persona`, reached directly."""
    return reach.success("8000")


@pytest.fixture
def case_number(declarant, reach) -> str:
    """The 办件单号 of the same declaration made over HTTP, 申请提交成功 not opened: for tests
    that start past it."""
    return reach.direct.success("8000").rsplit("/", 1)[1]
