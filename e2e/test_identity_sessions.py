"""Sessions across the portal and 北京市统一身份认证平台: SSO, logout of both, idle expiry with
the form kept as a draft, and the platform being down (重试)."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from pages import (
    ContributionFormPage,
    HomePage,
    LoggedOutPage,
    NoticePage,
    OfficeChooserPage,
)
from support.expected import HAIDIAN, HAIDIAN_CENTRE_NAME, IDP_UNAVAILABLE

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]

#: When `declarant` declares: the mock clock frozen there (e2e/conftest.py's declaration_day).
DECLARATION_DAY = "2025-09-01T10:00:00+08:00"


def chooser_in(page: Page) -> OfficeChooserPage:
    """在线办理's chooser with 海淀区 chosen."""
    return OfficeChooserPage(page).open().choose_district(HAIDIAN)


def log_in_through_apply_online(page: Page, persona) -> NoticePage:
    """在线办理 → the login form → 用户须知, through the UI."""
    login_page = chooser_in(page).apply_online_expecting_login(HAIDIAN_CENTRE_NAME)
    return login_page.log_in(persona.username, persona.password, then=NoticePage)


# SSO and logout -------------------------------------------------------------------------------


def test_a_second_apply_online_in_a_new_tab_skips_the_login_form(page, persona, login):
    login(persona)  # both sessions, without the login form (test_identity_login shows it)

    notice = chooser_in(page.context.new_page()).apply_online(HAIDIAN_CENTRE_NAME)

    expect(notice.header.greeting).to_have_text(f"您好，{persona.name}")


def test_the_platforms_session_alone_logs_the_portal_in_again(page, persona, login, portal):
    login(persona)
    portal_host = urlsplit(portal.portal_url).hostname
    if portal_host == urlsplit(portal.idp_url).hostname:
        pytest.skip("the portal and the platform share a host name: their cookies mix")
    page.context.clear_cookies(domain=portal_host)

    notice = chooser_in(page.context.new_page()).apply_online(HAIDIAN_CENTRE_NAME)

    expect(notice.header.greeting).to_have_text(f"您好，{persona.name}")


def test_logout_on_the_portal_ends_both_sessions(page, persona, login):
    login(persona)

    home = HomePage(page).open().header.log_out()

    expect(home.header.login_link).to_be_visible()
    login_page = chooser_in(page.context.new_page()).apply_online_expecting_login(
        HAIDIAN_CENTRE_NAME)
    expect(login_page.account).to_be_visible()
    expect(login_page.account).to_have_value("")


def test_after_logout_the_next_login_works_again(page, persona, login):
    login(persona)
    HomePage(page).open().header.log_out()

    notice = log_in_through_apply_online(page, persona)

    expect(notice.header.greeting).to_have_text(f"您好，{persona.name}")


# Idle expiry --------------------------------------------------------------------------------


@pytest.mark.portal_wide("clock")
def test_an_idle_session_on_the_form_comes_back_with_the_typed_values_as_a_draft(
        form, persona, clock):
    wage, cycle = "6500", "按季度缴费"
    form.fill_in(wage, cycle)
    clock.advance(minutes=31)

    login_page = form.go_to_confirmation_expecting_login()
    expect(login_page.account).to_be_visible()
    form = login_page.log_in(persona.username, persona.password, then=ContributionFormPage)

    expect(form.wage).to_have_value(wage)
    expect(form.cycle.locator("option:checked")).to_have_text(cycle)
    expect(form.draft_status).to_have_text("已恢复您于2025-09-01 10:31保存的草稿")


# The platform down ---------------------------------------------------------------------------


@pytest.mark.portal_wide("idp")
def test_while_the_platform_is_down_the_portals_login_says_so(home, idp_down):
    unavailable = home.header.log_in_expecting_unavailable()

    expect(unavailable.error).to_have_text(IDP_UNAVAILABLE)
    expect(unavailable.retry_link).to_be_visible()
    unavailable = unavailable.retry_expecting_unavailable()
    expect(unavailable.error).to_have_text(IDP_UNAVAILABLE)


@pytest.mark.portal_wide("idp")
def test_after_the_platform_is_up_again_retry_leads_to_the_login_form(home, make_persona,
                                                                      admin, idp_down):
    persona = make_persona()
    unavailable = home.header.log_in_expecting_unavailable()
    admin.idp_up()

    login_page = unavailable.retry()

    expect(login_page.account).to_be_visible()
    home = login_page.log_in(persona.username, persona.password, then=HomePage)
    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")


@pytest.mark.portal_wide("idp")
def test_apply_online_while_down_recovers_with_retry(page, make_persona, admin, idp_down):
    persona = make_persona()
    chooser = chooser_in(page)
    unavailable = chooser.apply_online_expecting_unavailable(HAIDIAN_CENTRE_NAME)
    expect(unavailable.error).to_have_text(IDP_UNAVAILABLE)
    admin.idp_up()

    notice = unavailable.retry().log_in(persona.username, persona.password, then=NoticePage)

    expect(notice.header.greeting).to_have_text(f"您好，{persona.name}")
    expect(notice.agreement).to_be_visible()


def test_the_platforms_own_logout_says_so_and_leads_back_to_the_portal(page, portal):
    logged_out = LoggedOutPage(page).open(portal.idp_url)
    expect(logged_out.message).to_have_text("您已安全退出北京市统一身份认证平台。")

    home = logged_out.go_to_portal()

    expect(home.heading).to_be_visible()
