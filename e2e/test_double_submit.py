"""第7–8步: after 申请提交成功, the browser's back button and reload make no second case.

A double click posting once is e2e/test_journal.py's (the page's script); one case per
confirmation however often it is posted (a double click, a stale second tab) is
tests/app/test_declaration_cases.py's."""

import pytest
from playwright.sync_api import expect

from pages import NoticePage

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.form]


def test_back_after_success_offers_no_confirmation_to_submit_again(confirmation_of, persona, admin):
    success = confirmation_of("8000").submit()
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
