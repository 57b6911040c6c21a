"""Thin fixtures handing out page objects, each on its screen and ready to use."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from fixtures.login import login_context
from pages import (
    ConfirmationPage,
    ContributionFormPage,
    HomePage,
    NoticePage,
    OfficeChooserPage,
    SubmissionSuccessPage,
)

#: The guide's office: the first row of 海淀区, the district centre.
HAIDIAN = "海淀区"
HAIDIAN_CENTRE = "【海淀区】北京市海淀区政务服务中心人社保分中心"


@pytest.fixture
def browser_elsewhere(new_context, portal, settings):
    """`browser_elsewhere(persona) -> Page`: a page in another browser (its own cookies), with
    `persona` logged in without the UI — a next visit, or another person at another computer."""

    def open_as(persona) -> Page:
        context = new_context()
        login_context(context, portal.portal_url, persona, captcha=settings.captcha)
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
    """用户须知 for `persona`, logged in without the UI, office 海淀区's centre."""
    if declaration_day is not None:
        clock.set(declaration_day, frozen=True)
    login(persona)
    return OfficeChooserPage(page).open().choose_district(HAIDIAN).apply_online(HAIDIAN_CENTRE)


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
