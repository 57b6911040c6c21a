"""Seeded defects of retirement in eligibility (the 2025 reform's delay, the last 12 months;
area `retirement`)."""

from __future__ import annotations

import dataclasses
from datetime import date

from ..domain import eligibility, id_numbers, retirement
from ..domain.cycles import CYCLES
from .defect import Defect


def _months_later(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


def _reform_ignored(status: str, id_number: str, track: str, today: date):
    birth = id_numbers.parse(id_number).birth_date
    delay = retirement.delay_months(retirement.TRACKS[track], birth)
    return eligibility.assess(status, id_number, track, _months_later(today, delay))


RETIREMENT_REFORM_IGNORED = Defect(
    "retirement-reform-ignored", "retirement",
    "Eligibility uses the retirement age before the 2025 reform (no delay months).",
    rules={"assess": _reform_ignored})


def _monthly_only_missing(status: str, id_number: str, track: str, today: date):
    assessed = eligibility.assess(status, id_number, track, today)
    return dataclasses.replace(assessed, cycles=CYCLES, cycle_note=None)


MONTHLY_ONLY_RULE_MISSING = Defect(
    "monthly-only-rule-missing", "retirement",
    "Someone within 12 months of retirement may still choose a longer cycle.",
    rules={"assess": _monthly_only_missing})

DEFECTS = (RETIREMENT_REFORM_IGNORED, MONTHLY_ONLY_RULE_MISSING)
