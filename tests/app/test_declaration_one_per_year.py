"""One declaration per person and 缴费年度 (docs/domain.md §2), the rows moved down from the browser
tier (D41): a later declaration withdraws an open case already 已受理; after 已办结 the year stays
closed at 进入办事 until 30 June 23:59 and the next year opens at midnight on 1 July."""

from __future__ import annotations

import pytest

from support.expected import CONTRIBUTION_YEAR, YEAR_CLOSED
from support.html import alert_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.contribution_year, pytest.mark.form]

DAY = "2025-09-01T10:00:00+08:00"
YEAR_CLOSED_2025 = YEAR_CLOSED.format(year=CONTRIBUTION_YEAR.format(start=2025, end=2026))
#: The months of 2025's ledger from the month the case was completed 通过 to June, each due
#: 8000 元 × 21 %: paid in full, so the person is not 中断缴费 (§2.11), a stop before this rule's.
LEDGER_MONTHS = ("2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03",
                 "2026-04", "2026-05", "2026-06")


@pytest.fixture
def first_case(user, clock) -> str:
    """The persona's declaration of 8000 元 at 2025-09-01 10:00 (frozen clock)."""
    clock.freeze(DAY)
    return user.declare("8000")


def test_a_later_declaration_withdraws_the_open_case_already_accepted(user, admin, persona,
                                                                    clock, first_case):
    clock.advance(minutes=6)
    assert [c["status"] for c in admin.cases(persona.id_number)] == ["已受理"]

    second = user.declare("9000")

    statuses = {c["number"]: c["status"] for c in admin.cases(persona.id_number)}
    assert statuses == {first_case: "已撤回", second: "已提交"}


@pytest.fixture
def paid_up_case(admin, persona, clock, first_case) -> str:
    """`first_case`, 已办结 with 通过 at 10:31, and every month of its ledger paid in full."""
    clock.advance(minutes=31)
    for month in LEDGER_MONTHS:
        admin.record_payment(persona.id_number, month, "1680.00")
    return first_case


def test_the_year_stays_closed_at_enter_until_30_june_23_59(user, clock, paid_up_case):
    clock.freeze("2026-06-30T23:59:00+08:00")

    page = user.reach_form()

    assert (page.status_code, user.path) == (400, "/declaration/notice")
    assert alert_of(page) == YEAR_CLOSED_2025


def test_the_next_contribution_year_may_be_declared_again(user, admin, persona, clock,
                                                          paid_up_case):
    clock.freeze("2026-07-01T00:00:00+08:00")

    second = user.declare("9000")

    years = {c["number"]: (c["contribution_year"], c["status"])
             for c in admin.cases(persona.id_number)}
    assert years == {paid_up_case: (2025, "已办结"), second: (2026, "已提交")}
