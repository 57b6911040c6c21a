"""第7–8步: 提交 twice — a double click, a stale second tab, the back button — makes one case."""

import pytest
from playwright.sync_api import expect

from pages import ConfirmationPage, NoticePage

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.form]


def test_a_double_click_on_submit_makes_one_case(declare, persona, admin):
    confirmation = declare("8000")

    success = confirmation.submit_with_double_click()

    cases = admin.cases(persona.id_number)
    assert [case["number"] for case in cases] == [success.case_number.inner_text()]


def test_submitting_a_stale_copy_of_the_confirmation_finds_the_same_case(declare, persona,
                                                                        admin, context):
    confirmation = declare("8000")
    stale = ConfirmationPage(context.new_page())
    stale.page.goto(confirmation.page.url)
    stale.wait_until_ready()
    first = confirmation.submit()
    number = first.case_number.inner_text()

    second = stale.submit()

    expect(second.case_number).to_have_text(number)
    assert [case["number"] for case in admin.cases(persona.id_number)] == [number]


def test_back_after_success_offers_no_confirmation_to_submit_again(declare, persona, admin):
    success = declare("8000").submit()
    number = success.case_number.inner_text()

    success.page.go_back()

    notice = NoticePage(success.page).wait_until_ready()
    expect(notice.agreement).not_to_be_checked()
    assert [case["number"] for case in admin.cases(persona.id_number)] == [number]


def test_reloading_the_success_page_makes_no_new_case(submitted, persona, admin):
    number = submitted.case_number.inner_text()

    submitted.page.reload()

    expect(submitted.case_number).to_have_text(number)
    assert len(admin.cases(persona.id_number)) == 1
