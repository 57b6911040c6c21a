"""One declaration per person and 缴费年度 (docs/domain.md §2): a new one supersedes an open earlier case;
after 已办结, base and cycle stay as they are until the next contribution year."""

import pytest
from playwright.sync_api import expect

from pages import MySpacePage, NoticePage
from support.expected import ITEM

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.contribution_year]

YEAR_CLOSED_2025 = ("您2025年7月至2026年6月缴费年度的申报已办结。"
                    "一个缴费年度内缴费基数和缴费周期不进行调整。")


@pytest.fixture
def first_case(persona, login, clock, reach) -> str:
    """The 办件单号 of `persona`'s declaration of 8000 元 at 2025-09-01 10:00 (frozen clock)."""
    clock.set("2025-09-01T10:00:00+08:00", frozen=True)
    login(persona)
    return reach.success("8000").case_number.inner_text()


#: 8000 元 × (pension 20 % + unemployment 1 %), each month's due (docs/domain.md §2.10).
MONTHLY_DUE = "1680.00"
#: The months of the year's ledger: from the month the case was completed 通过 to June.
LEDGER_MONTHS = ("2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03",
                 "2026-04", "2026-05", "2026-06")


@pytest.fixture
def paid_up_case(persona, admin, clock, first_case) -> str:
    """`first_case`, 已办结 with 通过 at 10:31, and every month of its ledger paid in full then:
    months that end unpaid would make the person 中断缴费 (§2.11), a stop before this rule's."""
    clock.advance(minutes=31)
    for month in LEDGER_MONTHS:
        admin.record_payment(persona.id_number, month, MONTHLY_DUE)
    return first_case


@pytest.mark.parametrize(
    ("minutes_later", "status_before", "second_at"),
    [(1, "已提交", "2025-09-01 10:01"), (6, "已受理", "2025-09-01 10:06")],
    ids=["first-submitted", "first-accepted"],
)
def test_a_second_declaration_withdraws_the_open_first_one(page, persona, admin, clock, reach,
                                                           first_case, minutes_later,
                                                           status_before, second_at):
    clock.advance(minutes=minutes_later)
    assert [c["status"] for c in admin.cases(persona.id_number)] == [status_before]

    second = reach.confirmation("9000").submit().case_number.inner_text()

    cases = MySpacePage(page).open().open_case_progress().open_my_cases()
    expect(cases.cells(first_case)).to_have_text(
        [first_case, ITEM, "2025-09-01 10:00", "已撤回", "", "查看详情"])
    expect(cases.cells(second)).to_have_text([second, ITEM, second_at, "已提交", "", "查看详情"])
    statuses = {c["number"]: (c["status"], c["base_applied"])
                for c in admin.cases(persona.id_number)}
    assert statuses == {first_case: ("已撤回", "8000"), second: ("已提交", "9000")}


def test_after_completion_the_year_is_closed_at_enter(page, persona, login, admin, clock, reach,
                                                      first_case):
    clock.advance(minutes=31)
    login(persona)  # the portal session ran out while the case was being handled
    notice = reach.notice().agree()

    notice = notice.enter_expecting_error()

    expect(notice.error).to_have_text(YEAR_CLOSED_2025)
    page.goto("/declaration/form")
    expect(NoticePage(page).wait_until_ready().agreement).not_to_be_checked()
    assert [(c["number"], c["status"]) for c in admin.cases(persona.id_number)] == [
        (first_case, "已办结")]


def test_the_year_stays_closed_until_30_june_23_59(persona, login, clock, reach, paid_up_case):
    clock.set("2026-06-30T23:59:00+08:00", frozen=True)
    login(persona)

    notice = reach.notice().agree().enter_expecting_error()

    expect(notice.error).to_have_text(YEAR_CLOSED_2025)


def test_the_next_contribution_year_may_be_declared_again(persona, login, admin, clock, reach,
                                                          paid_up_case):
    clock.set("2026-07-01T00:00:00+08:00", frozen=True)
    login(persona)

    confirmation = reach.confirmation("9000")

    expect(confirmation.contribution_year).to_have_text("2026年7月至2027年6月（暂按上年度）")
    second = confirmation.submit().case_number.inner_text()
    years = {c["number"]: (c["contribution_year"], c["status"])
             for c in admin.cases(persona.id_number)}
    assert years == {paid_up_case: (2025, "已办结"), second: (2026, "已提交")}
