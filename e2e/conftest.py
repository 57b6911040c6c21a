"""Thin fixtures handing out page objects, each on its screen and ready to use.

Every fixture here is function-scoped. Those that declare do it at 海淀区's centre (the guide's
office) by the one HTTP path (support/reach.py) over the page's own context, then open the
screen in the page (`screens`, fixtures/screens.py).
"""

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
from support.expected import MONTHLY
from support.reach import CONFIRM_POST


@pytest.fixture
def browser_elsewhere(new_context, login):
    """`browser_elsewhere(persona) -> Page`: a page in another browser (its own cookies), with
    `persona` logged in without the UI — a next visit, or another person at another computer.
    Changes nothing in the portal but the login's session."""

    def open_as(persona) -> Page:
        context = new_context()
        login(persona, context=context)
        return context.new_page()

    return open_as


@pytest.fixture
def home(page: Page) -> HomePage:
    """A HomePage: 首都之窗, opened. Changes nothing in the portal."""
    return HomePage(page).open()


@pytest.fixture
def chooser(page: Page) -> OfficeChooserPage:
    """An OfficeChooserPage: 在线办理's district/office chooser, opened, nothing chosen."""
    return OfficeChooserPage(page).open()


@pytest.fixture
def login_page(page: Page) -> IdentityLoginPage:
    """An IdentityLoginPage: the identity platform's login page (账号登录), opened at the
    address of the portal's 【登录】 link without walking 首都之窗 (tests of the link itself, and
    of 【返回】 to the page it was on, walk it); nobody logged in."""
    return IdentityLoginPage(page).open()


@pytest.fixture
def sms_login(login_page: IdentityLoginPage) -> IdentityLoginPage:
    """An IdentityLoginPage on its 短信登录 tab (the `login_page` above)."""
    return login_page.switch_to_sms_login()


@pytest.fixture
def declaration_day(request: pytest.FixtureRequest) -> str | None:
    """When the declaration happens: the test module's DECLARATION_DAY (an ISO time for the mock
    clock, frozen; the module then marks itself portal_wide("clock")); None, real time, in a
    module without one. A test may parametrize it instead."""
    return getattr(request.module, "DECLARATION_DAY", None)


@pytest.fixture
def declarant(persona, login, clock, declaration_day):
    """The `persona`, logged in in `page`'s context without the UI; freezes the portal's mock
    clock at `declaration_day` if it is set (real time again after the test)."""
    if declaration_day is not None:
        clock.set(declaration_day, frozen=True)
    login(persona)
    return persona


@pytest.fixture
def notice(declarant, screens) -> NoticePage:
    """A NoticePage: 用户须知 for `persona` at 海淀区's centre, nothing ticked, reached directly.
    Declares nothing."""
    return screens.notice()


@pytest.fixture
def form(declarant, screens) -> ContributionFormPage:
    """A ContributionFormPage: 在线填表 for `persona`, empty, reached directly (用户须知 agreed
    to over HTTP). Declares nothing."""
    return screens.form()


@pytest.fixture
def confirmation_of(declarant, screens):
    """`confirmation_of(wage, cycle=按月缴费) -> ConfirmationPage`: 信息确认 of those values for
    `persona`, reached directly (在线填表 sent over HTTP); nothing submitted, no case made."""

    def go(wage: str, cycle: str | None = None) -> ConfirmationPage:
        return screens.confirmation(wage, cycle or MONTHLY)

    return go


@pytest.fixture
def lose_the_answer(persona, admin, set_faults):
    """`lose_the_answer(confirmation) -> 办件单号`: 提交 on `confirmation` (a ConfirmationPage)
    while the portal drops the answer (the fault rule cleared once it has): the browser's own
    error page shown, `persona`'s one case made, unseen. Declare portal_wide("faults")."""

    def submit(confirmation: ConfirmationPage) -> str:
        set_faults({**CONFIRM_POST, "drop": True})
        confirmation.submit_losing_the_answer()
        admin.clear_faults()
        (made,) = admin.cases(persona.id_number)
        return made["number"]

    return submit


@pytest.fixture
def submitted(declarant, screens) -> SubmissionSuccessPage:
    """A SubmissionSuccessPage: 申请提交成功 for `persona`, reached directly. Declares 8000 元
    按月缴费 at 海淀区's centre: one case 已提交, its 提交 SMS sent."""
    return screens.success("8000")


@pytest.fixture
def case_number(declarant, screens) -> str:
    """The 办件单号 (str) of the declaration `submitted` makes (8000 元 按月缴费, one case
    已提交, its SMS sent), made over HTTP with 申请提交成功 never opened: for tests that start
    past it."""
    return screens.direct.success("8000").rsplit("/", 1)[1]
