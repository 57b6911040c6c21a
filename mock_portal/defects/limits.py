"""Seeded defects of the contribution base limits (缴费基数上下限, area `limits`)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from ..domain import limits
from .defect import Defect


def _upper_exclusive(typed: Decimal, year: limits.YearLimits) -> limits.AppliedBase:
    applied = limits.clamp(typed, year)
    if typed == year.upper:
        return dataclasses.replace(applied, reason=limits.ABOVE_UPPER.format(
            limits.format_yuan(year.upper)))
    return applied


UPPER_LIMIT_EXCLUSIVE = Defect(
    "upper-limit-exclusive", "limits",
    "A wage equal to the upper limit is told it is above the upper limit.",
    rules={"clamp": _upper_exclusive})


def _lower_not_applied(typed: Decimal, year: limits.YearLimits) -> limits.AppliedBase:
    applied = limits.clamp(typed, year)
    return dataclasses.replace(applied, applied=typed) if typed < year.lower else applied


LOWER_LIMIT_NOT_APPLIED = Defect(
    "lower-limit-not-applied", "limits",
    "A wage below the lower limit keeps the wage as the base instead of the lower limit.",
    rules={"clamp": _lower_not_applied})


def _rounded_down(typed: Decimal, year: limits.YearLimits) -> limits.AppliedBase:
    return limits.clamp(typed.to_integral_value(rounding="ROUND_DOWN"), year)


WAGE_CENTS_DROPPED = Defect(
    "wage-cents-dropped", "limits",
    "The base is worked out from the wage with its 角 and 分 cut off.",
    rules={"clamp": _rounded_down})


def _last_years_limits(year: int, table: limits.Table) -> limits.YearLimits:
    earlier = limits.limits_for_year(year - 1, table)
    return dataclasses.replace(earlier, year=year)


LAST_YEARS_LIMITS = Defect(
    "last-years-limits", "limits",
    "Each contribution year gets the limits published for the year before.",
    rules={"limits_for_year": _last_years_limits})


def _never_provisional(year: int, table: limits.Table) -> limits.YearLimits:
    return dataclasses.replace(limits.limits_for_year(year, table), provisional=False)


PROVISIONAL_LIMITS_UNMARKED = Defect(
    "provisional-limits-unmarked", "limits",
    "Limits borrowed from an earlier year are not marked as provisional.",
    rules={"limits_for_year": _never_provisional})

DEFECTS = (UPPER_LIMIT_EXCLUSIVE, LOWER_LIMIT_NOT_APPLIED, WAGE_CENTS_DROPPED, LAST_YEARS_LIMITS,
           PROVISIONAL_LIMITS_UNMARKED)
