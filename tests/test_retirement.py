"""法定退休年龄 by the 2025 reform: DOMAIN §4's example rows and the tracks' edges."""

from datetime import date

import pytest

from mock_portal.domain.retirement import months_until, retirement


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
