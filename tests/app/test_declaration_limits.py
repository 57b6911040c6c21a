"""缴费基数上下限 on 在线填表 and 信息确认 (declaration blueprint, docs/domain.md §3): each year's
edges, the year turning at midnight on 1 July, a year not published yet, limits set for a test.

The rows moved down from the browser tier (D41); the domain's own rows: tests/unit/test_limits.py.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from support.expected import (
    ABOVE_UPPER,
    BELOW_LOWER,
    CLAMP_NOTE,
    CONTRIBUTION_YEAR,
    LIMITS_HINT,
    PROVISIONAL,
)
from support.html import status_of, text_by_testid, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.limits, pytest.mark.contribution_year]

#: A day in each contribution year, and the year's limits.
YEARS = {
    2023: ("2023-11-15T10:00:00+08:00", "6326", "33891"),
    2024: ("2025-03-03T10:00:00+08:00", "6821", "35283"),
    2025: ("2025-09-01T10:00:00+08:00", "7162", "35811"),
}


def year_of(start: int) -> str:
    return CONTRIBUTION_YEAR.format(start=start, end=start + 1)


def confirmed(page) -> tuple[str, str, str | None]:
    """(the applied base, 缴费年度, the clamp note) of a 信息确认 page."""
    year = text_of(page).split("缴费年度 ", 1)[1].split(" ", 1)[0]
    return text_by_testid(page, "applied-base"), year, status_of(page)


def a_fen(amount: str, sign: int) -> str:
    """`amount` and one 分 more (sign 1) or less (sign -1)."""
    return str(Decimal(amount) + sign * Decimal("0.01"))


@pytest.mark.parametrize("start", sorted(YEARS), ids=str)
@pytest.mark.parametrize("edge", ["lower-minus-a-fen", "at-lower", "at-upper",
                                  "upper-plus-a-fen"])
def test_the_confirmed_base_lies_within_the_years_limits(user, clock, start, edge):
    day, lower, upper = YEARS[start]
    typed, applied, note = {
        "lower-minus-a-fen": (a_fen(lower, -1), lower,
                              CLAMP_NOTE.format(typed=a_fen(lower, -1),
                                                reason=BELOW_LOWER.format(limit=lower))),
        "at-lower": (lower, lower, None),
        "at-upper": (upper, upper, None),
        "upper-plus-a-fen": (a_fen(upper, 1), upper,
                             CLAMP_NOTE.format(typed=a_fen(upper, 1),
                                               reason=ABOVE_UPPER.format(limit=upper))),
    }[edge]
    clock.freeze(day)

    assert confirmed(user.reach_confirmation(typed)) == (applied, year_of(start), note)


@pytest.mark.parametrize(
    ("now", "start", "lower", "upper"),
    [("2025-06-30T23:59:00+08:00", 2024, "6821", "35283"),
     ("2025-07-01T00:00:00+08:00", 2025, "7162", "35811")],
    ids=["30-june-23-59", "1-july-00-00"],
)
def test_the_year_and_its_limits_change_at_midnight_on_1_july_beijing_time(user, clock, now,
                                                                           start, lower, upper):
    clock.freeze(now)

    form = user.reach_form()

    assert LIMITS_HINT.format(year=year_of(start), lower=lower, upper=upper) in text_of(form)
    assert confirmed(user.fill_in("3000"))[:2] == (lower, year_of(start))


def test_an_unpublished_year_uses_the_latest_published_limits_provisionally(user, clock):
    clock.freeze("2026-07-15T10:00:00+08:00")

    form = user.reach_form()

    assert (LIMITS_HINT.format(year=year_of(2026), lower="7162", upper="35811") + PROVISIONAL
            in text_of(form))
    assert confirmed(user.fill_in("35811.01")) == (
        "35811", year_of(2026) + PROVISIONAL,
        CLAMP_NOTE.format(typed="35811.01", reason=ABOVE_UPPER.format(limit="35811")))


@pytest.fixture
def limits_of_2026(admin):
    """2026's limits set through the control API (7500–37000); the app tier puts the published
    table back after every test."""
    admin.set_limits({"2026": {"lower": 7500, "upper": 37000}})


@pytest.mark.parametrize(
    ("typed", "applied", "reason"),
    [("7499.99", "7500", BELOW_LOWER.format(limit="7500")),
     ("37000.01", "37000", ABOVE_UPPER.format(limit="37000"))],
    ids=["below-lower", "above-upper"],
)
def test_limits_set_for_a_year_apply_without_the_provisional_mark(limits_of_2026, user, clock,
                                                                  typed, applied, reason):
    clock.freeze("2026-07-15T10:00:00+08:00")

    form = user.reach_form()

    assert LIMITS_HINT.format(year=year_of(2026), lower="7500", upper="37000") in text_of(form)
    assert PROVISIONAL not in text_of(form)
    assert confirmed(user.fill_in(typed)) == (applied, year_of(2026),
                                      CLAMP_NOTE.format(typed=typed, reason=reason))
