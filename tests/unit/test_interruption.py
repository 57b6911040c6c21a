"""中断缴费 (docs/domain.md §2.11): monthly payers after three months in a row not paid in full,
period payers when a period is not paid in full by the end of its last month."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mock_portal.domain.interruption import interrupted_in, judged_at
from mock_portal.domain.ledger import Declaration, ledger, month_text, parse_month

DUE = Decimal("1504.02")
MONTHS = ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12",
          "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]


def judged(cycle: str, paid: list[str], today: str, since: str | None = None) -> str | None:
    """When the person interrupted: `paid` names the months paid in full."""
    decl = Declaration(2025, Decimal("7162"), cycle, date(2025, 7, 1))
    of = ledger(decl, {parse_month(m): [DUE] for m in paid}, date.fromisoformat(today))
    month = interrupted_in(of, date.fromisoformat(today), since and parse_month(since))
    return month_text(month) if month else None


@pytest.mark.parametrize(("paid", "today", "month"), [
    ([], "2025-09-30", None),                   # the third month has not ended
    ([], "2025-10-01", "2025-09"),              # Jul, Aug, Sep not paid
    (["2025-08"], "2025-12-01", "2025-11"),     # Jul; then Sep, Oct, Nov
    (["2025-08"], "2025-11-30", None),          # Sep and Oct: two in a row
    (["2025-07", "2025-10"], "2026-01-01", None),   # Aug, Sep; Nov, Dec: never three
    (["2025-07", "2025-10"], "2026-02-01", "2026-01"),
    (MONTHS, "2026-07-01", None),
], ids=str)
def test_a_monthly_payer_interrupts_after_three_months_in_a_row(paid, today, month):
    assert judged("按月缴费", paid, today) == month


def test_a_month_paid_partly_counts_as_not_paid():
    decl = Declaration(2025, Decimal("7162"), "按月缴费", date(2025, 7, 1))
    of = ledger(decl, {parse_month(m): [DUE - Decimal("0.01")] for m in MONTHS[:3]},
                date(2025, 10, 1))

    assert month_text(interrupted_in(of, date(2025, 10, 1))) == "2025-09"


@pytest.mark.parametrize(("cycle", "paid", "today", "month"), [
    ("按季度缴费", [], "2025-09-30", None),          # the quarter's last month not ended
    ("按季度缴费", [], "2025-10-01", "2025-09"),
    ("按季度缴费", MONTHS[:2], "2025-10-01", "2025-09"),     # September missing
    ("按季度缴费", MONTHS[:3], "2025-12-31", None),
    ("按季度缴费", MONTHS[:3], "2026-01-01", "2025-12"),
    ("按半年缴费", MONTHS[:5], "2025-12-31", None),
    ("按半年缴费", MONTHS[:5], "2026-01-01", "2025-12"),
    ("按半年缴费", MONTHS[:6], "2026-06-30", None),
    ("按年缴费", MONTHS[:11], "2026-06-30", None),
    ("按年缴费", MONTHS[:11], "2026-07-01", "2026-06"),
    ("按年缴费", MONTHS, "2026-07-01", None),
], ids=str)
def test_a_period_payer_interrupts_when_a_period_ends_not_paid_in_full(cycle, paid, today,
                                                                        month):
    assert judged(cycle, paid, today) == month


def test_months_before_resuming_no_longer_count():
    assert judged("按月缴费", [], "2025-12-01", since="2025-10") is None
    assert judged("按月缴费", [], "2026-01-01", since="2025-10") == "2025-12"


def test_an_interruption_is_known_on_the_first_day_after_its_month():
    assert judged_at(date(2025, 9, 1)) == date(2025, 10, 1)


@given(st.sets(st.sampled_from(MONTHS)), st.sampled_from(["按月缴费", "按季度缴费", "按半年缴费", "按年缴费"]),
       st.dates(min_value=date(2025, 7, 1), max_value=date(2026, 8, 1)))
def test_an_interruption_is_never_judged_before_its_month_has_ended(paid, cycle, today):
    month = judged(cycle, sorted(paid), today.isoformat())

    assert month is None or judged_at(parse_month(month)) <= today


@given(st.sampled_from(["按月缴费", "按季度缴费", "按半年缴费", "按年缴费"]),
       st.dates(min_value=date(2025, 7, 1), max_value=date(2026, 8, 1)))
def test_a_year_paid_in_full_never_interrupts(cycle, today):
    assert judged(cycle, MONTHS, today.isoformat()) is None
