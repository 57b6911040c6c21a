"""第4步: 北京市统一身份认证平台 — 账号登录 and a refusal as the page shows it, the tabs, 返回 and the
manual.

Each message of 账号登录 and each name an account logs in by are held by
tests/app/test_identity_login.py."""

import pytest
from playwright.sync_api import expect

from pages import HomePage, SearchResultsPage
from support.expected import LOGIN_WRONG_CAPTCHA, SEARCH_FOUND_ONE

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]


def test_a_refused_login_says_why_and_keeps_only_the_account(login_page, persona):
    login_page = login_page.log_in_expecting_error(persona.username, persona.password, "1234")

    expect(login_page.error).to_have_text(LOGIN_WRONG_CAPTCHA)
    expect(login_page.account).to_have_value(persona.username)
    expect(login_page.password).to_have_value("")
    expect(login_page.captcha).to_have_value("")


def test_a_second_try_after_an_error_logs_in(login_page, persona):
    login_page = login_page.log_in_expecting_error(persona.username, "Wrong@2022")

    home = login_page.log_in(persona.username, persona.password, then=HomePage)

    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")


def test_back_returns_to_the_portal(home):
    # Through the header's 【登录】, so that 【返回】 has the page it was asked from.
    home = home.header.log_in().go_back(then=HomePage)

    expect(home.header.login_link).to_be_visible()


def test_the_page_shows_what_the_guide_shows(login_page):
    expect(login_page.documents).to_have_text(
        "中华人民共和国居民身份证、港澳居民来往内地通行证、外国人永久居留身份证")
    expect(login_page.hint).to_be_visible()
    expect(login_page.captcha_image).to_be_visible()
    expect(login_page.register).to_be_visible()
    expect(login_page.forgot_password).to_be_visible()
    expect(login_page.manual_link).to_be_visible()


# On the phone too: the tabs of the panel at a phone's width (the walk keeps the account tab).
@pytest.mark.mobile
def test_the_tabs_switch_between_account_and_sms_login(login_page):
    login_page.switch_to_sms_login()

    expect(login_page.sms_tab).to_have_attribute("aria-selected", "true")
    expect(login_page.sms_panel).to_be_visible()
    expect(login_page.account_panel).to_be_hidden()

    login_page.switch_to_account_login()

    expect(login_page.account_tab).to_have_attribute("aria-selected", "true")
    expect(login_page.account).to_be_visible()
    expect(login_page.sms_panel).to_be_hidden()


def test_the_manual_downloads_as_a_file(login_page):
    download = login_page.download_manual()

    assert download.suggested_filename == "北京市统一身份认证平台用户操作手册.html"


def test_a_refreshed_captcha_still_logs_in(login_page, persona):
    login_page.refresh_captcha()

    home = login_page.log_in(persona.username, persona.password, then=HomePage)

    expect(home.header.greeting).to_have_text(f"您好，{persona.name}")


def test_logging_in_from_search_results_comes_back_to_the_same_results(home, persona):
    results = home.search_for("灵活就业")

    results = results.header.log_in().log_in(persona.username, persona.password,
                                             then=SearchResultsPage)

    expect(results.search_field).to_have_value("灵活就业")
    expect(results.summary).to_have_text(SEARCH_FOUND_ONE)
