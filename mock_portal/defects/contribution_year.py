"""Seeded defects of the contribution year (缴费年度, 1 July to 30 June; area
`contribution_year`)."""

from __future__ import annotations

from datetime import date

from .defect import Defect


def _calendar_year(day: date) -> int:
    return day.year


CALENDAR_CONTRIBUTION_YEAR = Defect(
    "calendar-contribution-year", "contribution_year",
    "The contribution year follows the calendar year instead of July to June.",
    rules={"contribution_year": _calendar_year})


def _year_turns_in_june(day: date) -> int:
    return day.year if day.month >= 6 else day.year - 1


CONTRIBUTION_YEAR_TURNS_IN_JUNE = Defect(
    "contribution-year-turns-in-june", "contribution_year",
    "The new contribution year starts on 1 June instead of 1 July.",
    rules={"contribution_year": _year_turns_in_june})

DEFECTS = (CALENDAR_CONTRIBUTION_YEAR, CONTRIBUTION_YEAR_TURNS_IN_JUNE)
