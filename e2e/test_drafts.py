"""Drafts (保存草稿) in 我的办件: listed as 暂存 without a 办件单号, 继续填写, 删除."""

import re

import pytest
from playwright.sync_api import expect

from pages import MyCasesPage
from support.expected import ITEM
from support.portal_user import PortalUser

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.form]

#: When `declarant` declares: the mock clock frozen there (e2e/conftest.py's declaration_day).
DECLARATION_DAY = "2025-09-01T10:00:00+08:00"


@pytest.fixture
def my_cases(page, declarant, portal) -> MyCasesPage:
    """我的办件 after 保存草稿 of 6500, 按季度缴费 on 在线填表, saved over HTTP (the button on the
    page is e2e/test_form.py's)."""
    user = PortalUser.over_http(portal, declarant.username)
    user.reach_form()
    user.save_draft("6500", "按季度缴费")
    return MyCasesPage(page).open()


def test_a_saved_draft_is_listed_as_暂存_without_a_number(my_cases):
    expect(my_cases.draft.get_by_role("cell")).to_have_text(
        ["—", ITEM, "2025-09-01 10:00", "暂存", "", "继续填写 删除"])


def test_continue_passes_the_notice_and_brings_the_values_back(my_cases):
    notice = my_cases.continue_draft()

    form = notice.agree_and_enter()

    expect(form.wage).to_have_value("6500")
    expect(form.cycle).to_have_value("按季度缴费")


def test_a_resumed_draft_is_submitted_and_leaves_my_cases(my_cases):
    # The portal serves other tests of the same day, so only the day is known here; that a
    # draft takes no sequence number is tested in the app tier, on a database of its own.
    success = my_cases.continue_draft().agree_and_enter().go_to_confirmation().submit()
    expect(success.case_number).to_have_text(re.compile(r"^\d{33}20250901\d{4}$"))

    cases = success.go_to_my_space().open_case_progress().open_my_cases()

    expect(cases.draft).to_have_count(0)
    expect(cases.rows).to_have_count(1)


def test_delete_asks_and_cancel_keeps_the_draft(my_cases):
    question = my_cases.start_draft_deletion()
    expect(question.question).to_have_text("确定要删除该草稿吗？删除后填写的内容将不再保留。")

    back = question.cancel()

    expect(back.draft).to_have_count(1)


def test_delete_removes_the_draft(my_cases):
    cases = my_cases.delete_draft()

    expect(cases.empty).to_have_text("暂无办件")


def test_another_persons_draft_is_not_found(my_cases, make_persona, browser_elsewhere):
    address = my_cases.delete_link.get_attribute("href")
    page = browser_elsewhere(make_persona())

    page.goto(address)

    expect(page.get_by_role("alert")).to_have_text("未找到该草稿。")
