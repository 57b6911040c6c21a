"""缴费基数上下限: the lower and upper limits of the contribution base per contribution year."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

# 元/月 for pension and unemployment insurance, by 缴费年度 (1 July → 30 June); see docs/domain.md §3.
PUBLISHED: dict[int, tuple[Decimal, Decimal]] = {
    2019: (Decimal("3613"), Decimal("25401")),
    2020: (Decimal("3613"), Decimal("26541")),
    2021: (Decimal("5360"), Decimal("28221")),
    2022: (Decimal("5869"), Decimal("31884")),
    2023: (Decimal("6326"), Decimal("33891")),
    2024: (Decimal("6821"), Decimal("35283")),
    2025: (Decimal("7162"), Decimal("35811")),
}

Table = Mapping[int, tuple[Decimal, Decimal]]

BELOW_LOWER = "填报工资低于本缴费年度缴费基数下限{}元，以下限作为缴费基数"
ABOVE_UPPER = "填报工资高于本缴费年度缴费基数上限{}元，以上限作为缴费基数"


@dataclass(frozen=True)
class YearLimits:
    """The 缴费基数下限 and 上限 that apply in one 缴费年度."""

    year: int
    lower: Decimal
    upper: Decimal
    provisional: bool  # 暂按上年度: the year is unpublished, so an earlier year's limits apply
    source_year: int


@dataclass(frozen=True)
class AppliedBase:
    """The 缴费基数 used for a typed 缴费工资, after clamping to the year's limits."""

    typed: Decimal
    applied: Decimal
    limits: YearLimits
    reason: str | None  # None when the typed wage lies within the limits


def contribution_year(day: date) -> int:
    """The 缴费年度 a day falls in, named after the year in which it starts on 1 July."""
    return day.year if day.month >= 7 else day.year - 1


def limits_for_year(year: int, table: Table | None = None) -> YearLimits:
    """The limits of a 缴费年度, borrowed from the latest earlier year when unpublished."""
    table = PUBLISHED if table is None else table
    earlier = [published for published in table if published <= year]
    if not earlier:
        raise ValueError(f"no contribution base limits are known for {year} or earlier")
    source_year = max(earlier)
    lower, upper = table[source_year]
    return YearLimits(
        year=year,
        lower=lower,
        upper=upper,
        provisional=source_year != year,
        source_year=source_year,
    )


def limits_on(day: date, table: Table | None = None) -> YearLimits:
    """The limits that apply on a given day."""
    return limits_for_year(contribution_year(day), table)


def clamp(typed: Decimal, limits: YearLimits) -> AppliedBase:
    """The base for a typed wage: below the lower limit the lower, above the upper the upper."""
    if typed < limits.lower:
        reason = BELOW_LOWER.format(format_yuan(limits.lower))
        return AppliedBase(typed=typed, applied=limits.lower, limits=limits, reason=reason)
    if typed > limits.upper:
        reason = ABOVE_UPPER.format(format_yuan(limits.upper))
        return AppliedBase(typed=typed, applied=limits.upper, limits=limits, reason=reason)
    return AppliedBase(typed=typed, applied=typed, limits=limits, reason=None)


def format_yuan(amount: Decimal) -> str:
    """An amount in 元 as the portal shows it: "5360" when whole, else "5360.50"."""
    if amount == amount.to_integral_value():
        return f"{amount.quantize(Decimal(1)):f}"
    return f"{amount.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}"
