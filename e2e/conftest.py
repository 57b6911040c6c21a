"""Thin fixtures handing out page objects, each on its screen and ready to use."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from pages import (
    ConfirmationPage,
    ContributionFormPage,
    HomePage,
    NoticePage,
    OfficeChooserPage,
    SubmissionSuccessPage,
)
from support.expected import HAIDIAN, HAIDIAN_CENTRE_NAME


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
def declaration_day() -> str | None:
    """When the declaration happens (mock clock, frozen); None: real time. Modules override it."""
    return None


@pytest.fixture
def notice(page: Page, persona, login, clock, declaration_day) -> NoticePage:
    """用户须知 for `persona`, logged in without the UI, office 海淀区's centre (the guide's)."""
    if declaration_day is not None:
        clock.set(declaration_day, frozen=True)
    login(persona)
    chooser = OfficeChooserPage(page).open().choose_district(HAIDIAN)
    return chooser.apply_online(HAIDIAN_CENTRE_NAME)


@pytest.fixture
def form(notice: NoticePage) -> ContributionFormPage:
    """在线填表 for `persona`, empty."""
    return notice.agree_and_enter()


@pytest.fixture
def declare(form: ContributionFormPage):
    """`declare(wage, cycle=None)`: fill the form in and go on to 信息确认."""

    def go(wage: str, cycle: str | None = None) -> ConfirmationPage:
        return form.fill_in(wage, cycle).go_to_confirmation()

    return go


@pytest.fixture
def submitted(declare) -> SubmissionSuccessPage:
    """申请提交成功 after declaring 8000 元 按月缴费 for `persona`."""
    return declare("8000").submit()
