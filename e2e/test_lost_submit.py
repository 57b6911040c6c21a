"""Back after a 提交 whose answer was lost (docs/decisions.md): the case stands and 在线填表 says
so; a second 提交 replaces it, says so, and the person keeps exactly one standing case."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from pages import ContributionFormPage

#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("faults"), pytest.mark.form]


@pytest.fixture
def lost_submit(form, lose_the_answer):
    """Function scope; (page, 办件单号): 信息确认 of 8000 元 submitted while the portal drops the
    answer (`lose_the_answer`), the browser's own error page shown; the case made, unseen."""
    # 在线填表 is filled in and 下一步 taken in the page, not reached directly: 返回 goes back
    # through the browser's own history, which must hold the form as a person's would.
    confirmation = form.fill_in("8000").go_to_confirmation()
    return confirmation.page, lose_the_answer(confirmation)


def test_back_after_a_lost_submit_names_the_case_and_a_second_submit_replaces_it(
        lost_submit, persona, admin):
    page, first = lost_submit

    page.go_back()

    form = ContributionFormPage(page).wait_until_ready()
    expect(form.standing_case).to_have_text(
        f"您已提交本缴费年度的申报（办件单号：{first}，办件状态：已提交）。"
        "再次提交将替代该申报，原申报将撤回。查看详情")
    confirmation = form.fill_in("9000").go_to_confirmation()
    expect(confirmation.standing_case).to_contain_text(first)

    success = confirmation.submit()

    expect(success.replaced_case).to_have_text(
        f"您此前提交的办件（办件单号：{first}）已被本次申报替代，状态为已撤回。")
    second = success.case_number.inner_text()
    assert [(case["number"], case["status"]) for case in admin.cases(persona.id_number)] == [
        (second, "已提交"), (first, "已撤回")]
