"""Seeded defects of the 办件单号 (area `case_number`)."""

from __future__ import annotations

from datetime import date

from ..domain import case_numbers, credit_codes
from .defect import Defect


def _day_month_swapped(department: str, day: date, sequence: int) -> str:
    number = case_numbers.compose(department, day, sequence)
    return number[:33] + f"{day:%Y%d%m}" + number[41:]


CASE_NUMBER_DAY_MONTH_SWAPPED = Defect(
    "case-number-day-month-swapped", "case_number",
    "The 办件单号's date is written year, day, month.",
    rules={"compose_number": _day_month_swapped})


def _sequence_from_zero(department: str, day: date, sequence: int) -> str:
    return case_numbers.compose(department, day, sequence)[:41] + f"{sequence - 1:04d}"


CASE_NUMBER_SEQUENCE_FROM_ZERO = Defect(
    "case-number-sequence-from-zero", "case_number",
    "The day's first case is numbered 0000 instead of 0001.",
    rules={"compose_number": _sequence_from_zero})


def _check_character_dropped(department: str, day: date, sequence: int) -> str:
    number = case_numbers.compose(department, day, sequence)
    wrong = next(c for c in credit_codes.USCC_ALPHABET if c != department[17])
    return number[:17] + wrong + number[18:]


CASE_NUMBER_CHECK_CHARACTER = Defect(
    "case-number-check-character", "case_number",
    "The department's credit code in the 办件单号 has a wrong check character.",
    rules={"compose_number": _check_character_dropped})

DEFECTS = (CASE_NUMBER_DAY_MONTH_SWAPPED, CASE_NUMBER_SEQUENCE_FROM_ZERO,
           CASE_NUMBER_CHECK_CHARACTER)
