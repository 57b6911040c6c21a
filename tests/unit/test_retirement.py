"""法定退休年龄 by the 2025 reform: docs/domain.md §4's example rows and the tracks' edges."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mock_portal.domain.retirement import TRACKS, months_until, retirement


@pytest.mark.parametrize(
    ("track", "born", "age", "month"),
    [
        ("M60", date(1964, 12, 31), (60, 0), (2024, 12)),
        ("M60", date(1965, 1, 1), (60, 1), (2025, 2)),
        ("M60", date(1967, 5, 20), (60, 8), (2028, 1)),
        ("M60", date(1976, 8, 1), (62, 11), (2039, 7)),
        ("M60", date(1976, 9, 1), (63, 0), (2039, 9)),
        ("M60", date(1990, 3, 1), (63, 0), (2053, 3)),
        ("F55", date(1969, 12, 1), (55, 0), (2024, 12)),
        ("F55", date(1970, 1, 1), (55, 1), (2025, 2)),
        ("F55", date(1974, 10, 1), (56, 3), (2031, 1)),
        ("F55", date(1981, 9, 1), (58, 0), (2039, 9)),
        ("F50", date(1974, 12, 1), (50, 0), (2024, 12)),
        ("F50", date(1975, 1, 1), (50, 1), (2025, 2)),
        ("F50", date(1975, 3, 1), (50, 2), (2025, 5)),
        ("F50", date(1984, 11, 1), (55, 0), (2039, 11)),
        ("F50", date(1995, 6, 1), (55, 0), (2050, 6)),
    ],
    ids=lambda v: str(v),
)
def test_retirement_month_follows_the_reform_table(track, born, age, month):
    ret = retirement(track, born)

    assert (ret.age_years, ret.age_months) == age
    assert (ret.year, ret.month) == month


def test_months_until_counts_whole_calendar_months():
    ret = retirement("M60", date(1967, 5, 20))  # retires 2028-01

    assert months_until(ret, date(2027, 1, 31)) == 12
    assert months_until(ret, date(2027, 2, 1)) == 11
    assert months_until(ret, date(2028, 1, 1)) == 0


# properties that must hold for every track and birth date, not just the table rows ------------

births = st.dates(min_value=date(1950, 1, 1), max_value=date(2005, 12, 31))
tracks = st.sampled_from(sorted(TRACKS))
FINAL_AGE_MONTHS = {"M60": 63 * 12, "F55": 58 * 12, "F50": 55 * 12}


@given(tracks, births, births)
def test_a_later_birth_month_never_retires_at_a_lower_age(track, a, b):
    earlier, later = sorted((a, b))
    first, second = retirement(track, earlier), retirement(track, later)

    assert (first.age_years, first.age_months) <= (second.age_years, second.age_months)


@given(tracks, births)
def test_the_retirement_age_never_passes_the_tracks_final_age(track, born):
    ret = retirement(track, born)

    assert ret.age_years * 12 + ret.age_months <= FINAL_AGE_MONTHS[track]
