"""Keyboard only (Tab, Enter, Space and typing; no mouse): from 首都之窗 to the 办件单号, and a new
captcha on the identity platform's login page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from pages import (
    TEST_CAPTCHA,
    ConfirmationPage,
    ContributionFormPage,
    HomePage,
    IdentityLoginPage,
    NoticePage,
    OfficeChooserPage,
    SearchResultsPage,
    SubmissionSuccessPage,
)
from pages.keyboard import tab_and_press, tab_and_toggle, tab_and_type, tab_to
from support.expected import HAIDIAN, HAIDIAN_CENTRE_NAME

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.accessibility]


def test_the_journey_from_the_home_page_to_the_case_number_by_keyboard(page, persona):
    home = HomePage(page).open()
    tab_and_type(home.search_field, "灵活就业人员社会保险缴费申报与变更")
    results = tab_and_press(home.search_box.button, "Enter", SearchResultsPage)
    online = results.result().get_by_role("link", name="【在线办理】")
    chooser = tab_and_press(online, "Enter", OfficeChooserPage)
    district = chooser.districts.get_by_role("link", name=HAIDIAN, exact=True)
    chooser = tab_and_press(district, "Enter", OfficeChooserPage)
    apply = chooser.office(HAIDIAN_CENTRE_NAME).get_by_role("link", name="在线办理", exact=True)
    login_page = tab_and_press(apply, "Enter", IdentityLoginPage)
    tab_and_type(login_page.account, persona.username)
    tab_and_type(login_page.password, persona.password)
    tab_and_type(login_page.captcha, TEST_CAPTCHA)
    notice = tab_and_press(login_page.login_button, "Enter", NoticePage)
    tab_and_toggle(notice.agreement)
    form = tab_and_press(notice.enter_button, "Enter", ContributionFormPage)
    tab_and_type(form.wage, "8000")
    confirmation = tab_and_press(form.next_button, "Enter", ConfirmationPage)

    success = tab_and_press(confirmation.submit_button, "Space", SubmissionSuccessPage)

    expect(success.case_number).to_have_text(re.compile(r"^[0-9A-Z]{45}$"))


@pytest.mark.parametrize("key", ["Enter", "Space"])
def test_a_new_captcha_by_keyboard(login_page, key):
    image = login_page.captcha_image
    expect(image).to_have_js_property("complete", True)
    first = image.evaluate("image => image.currentSrc")
    tab_to(login_page.captcha_refresh)

    with login_page.page.expect_response(lambda r: "/captcha.png" in r.url) as drawn:
        login_page.page.keyboard.press(key)

    # A new captcha drawn and shown (its digits are the test portal's fixed ones, so the
    # picture is alike; the image is the new one all the same).
    assert drawn.value.ok and "refresh=1" in drawn.value.url and drawn.value.url != first
    expect(image).to_have_js_property("currentSrc", drawn.value.url)
    expect(image).to_have_js_property("complete", True)
