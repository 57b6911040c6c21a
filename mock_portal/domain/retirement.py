"""法定退休年龄: the statutory retirement month by the 2025 reform (docs/domain.md §4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import id_numbers


@dataclass(frozen=True)
class Track:
    """One retirement track: original age, first affected birth month, pace and cap of delay."""

    name: str
    original_years: int
    first_affected: tuple[int, int]  # (year, month) of birth
    step_months: int
    max_delay_months: int


TRACKS = {
    "M60": Track("M60", 60, (1965, 1), 4, 36),
    "F55": Track("F55", 55, (1970, 1), 4, 36),
    "F50": Track("F50", 50, (1975, 1), 2, 60),
}


def _month_index(year: int, month: int) -> int:
    return year * 12 + (month - 1)


def delay_months(track: Track, birth: date) -> int:
    """Months added to the original age for a birth month (0 before the first affected one)."""
    n = _month_index(birth.year, birth.month) - _month_index(*track.first_affected)
    return 0 if n < 0 else min(track.max_delay_months, n // track.step_months + 1)


@dataclass(frozen=True)
class Retirement:
    """When a person reaches the statutory retirement age."""

    age_years: int
    age_months: int
    year: int
    month: int

    @property
    def age_text(self) -> str:
        return f"{self.age_years}岁" + (f"{self.age_months}个月" if self.age_months else "")


def retirement(track_name: str, birth: date) -> Retirement:
    track = TRACKS[track_name]
    age = track.original_years * 12 + delay_months(track, birth)
    index = _month_index(birth.year, birth.month) + age
    return Retirement(age // 12, age % 12, index // 12, index % 12 + 1)


def retirement_of(id_number: str, track_name: str) -> Retirement:
    """The retirement month of the holder of an ID number on a track."""
    return retirement(track_name, id_numbers.parse(id_number).birth_date)


def months_until(ret: Retirement, day: date) -> int:
    """Whole months from `day`'s month to the retirement month (0 or less: reached)."""
    return _month_index(ret.year, ret.month) - _month_index(day.year, day.month)
