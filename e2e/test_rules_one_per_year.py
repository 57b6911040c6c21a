"""One declaration per person and 缴费年度 (docs/domain.md §2), as the person sees it: a new one
supersedes an open earlier case in 我的办件; after 已办结, 进入办事 says the year is closed.

A case already 已受理 superseded, the year closed until 30 June 23:59 and open on 1 July:
tests/app/test_declaration_one_per_year.py."""

import pytest
from playwright.sync_api import expect

from pages import MySpacePage, NoticePage
from support.expected import CONTRIBUTION_YEAR, ITEM, YEAR_CLOSED

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.contribution_year]

@pytest.fixture
def first_case(persona, login, clock, screens) -> str:
    """The 办件单号 of `persona`'s declaration of 8000 元 at 2025-09-01 10:00 (frozen clock)."""
    clock.set("2025-09-01T10:00:00+08:00", frozen=True)
    login(persona)
    return screens.success("8000").case_number.inner_text()


def test_a_second_declaration_withdraws_the_open_first_one(page, persona, admin, clock, screens,
                                                           first_case):
    clock.advance(minutes=1)
    assert [c["status"] for c in admin.cases(persona.id_number)] == ["已提交"]

    second = screens.confirmation("9000").submit().case_number.inner_text()

    cases = MySpacePage(page).open().open_case_progress().open_my_cases()
    expect(cases.cells(first_case)).to_have_text(
        [first_case, ITEM, "2025-09-01 10:00", "已撤回", "", "查看详情"])
    expect(cases.cells(second)).to_have_text(
        [second, ITEM, "2025-09-01 10:01", "已提交", "", "查看详情"])
    statuses = {c["number"]: (c["status"], c["base_applied"])
                for c in admin.cases(persona.id_number)}
    assert statuses == {first_case: ("已撤回", "8000"), second: ("已提交", "9000")}


def test_after_completion_the_year_is_closed_at_enter(page, persona, login, admin, clock, screens,
                                                      first_case):
    clock.advance(minutes=31)
    login(persona)  # the portal session ran out while the case was being handled
    notice = screens.notice().agree()

    notice = notice.enter_expecting_error()

    expect(notice.error).to_have_text(
        YEAR_CLOSED.format(year=CONTRIBUTION_YEAR.format(start=2025, end=2026)))
    page.goto("/declaration/form")
    expect(NoticePage(page).wait_until_ready().agreement).not_to_be_checked()
    assert [(c["number"], c["status"]) for c in admin.cases(persona.id_number)] == [
        (first_case, "已办结")]
