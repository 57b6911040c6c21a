"""缴费记录: a person's months of one contribution year, what is due by when, paid and owed
(用户须知 rules 2–4, docs/domain.md §2.10)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .contributions import monthly_amounts
from .cycles import CYCLES

#: How many months each 缴费周期's periods last; periods are counted from July (§2.10).
PERIOD_MONTHS = dict(zip(CYCLES, (1, 3, 6, 12), strict=True))

#: A month's state in 缴费记录.
PAID = "已缴清"
PENDING = "待缴"
OVERDUE = "欠缴"
INTERRUPTED = "中断缴费"
SUSPENDED = "暂停缴费"
VOLUNTARY = "可自愿缴纳"
STATES = (PAID, PENDING, OVERDUE, INTERRUPTED, SUSPENDED, VOLUNTARY)

ZERO = Decimal("0.00")
MONTH_TEXT = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True)
class Declaration:
    """What fixes a year's ledger: the case 已办结 with 通过 (docs/domain.md §2.3)."""

    contribution_year: int
    base: Decimal
    cycle: str
    completed_on: date


@dataclass(frozen=True)
class Break:
    """中断缴费 after `interrupted` (its month), and 恢复缴费 from `resumed` (None: not yet)."""

    interrupted: date
    resumed: date | None = None

    def stops(self, month: date) -> bool:
        """Whether nothing is due for `month`: after the interruption, before resuming."""
        return month > self.interrupted and (self.resumed is None or month < self.resumed)


@dataclass(frozen=True)
class LedgerMonth:
    """One month of 缴费记录; `month` and `due_by` are first days of their months."""

    month: date
    base: Decimal
    due: Decimal
    due_by: date
    paid: Decimal
    owed: Decimal
    refund: Decimal
    state: str


@dataclass(frozen=True)
class Ledger:
    """A person's months of one contribution year, in order."""

    declaration: Declaration
    months: tuple[LedgerMonth, ...]

    @property
    def owed(self) -> Decimal:
        return sum((m.owed for m in self.months), ZERO)

    @property
    def refund(self) -> Decimal:
        return sum((m.refund for m in self.months), ZERO)

    def covers(self, month: date) -> bool:
        return any(m.month == month for m in self.months)


def first_of(day: date) -> date:
    return day.replace(day=1)


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def months_between(start: date, end: date) -> int:
    """How many months `end`'s month is after `start`'s (negative when before)."""
    return (end.year - start.year) * 12 + end.month - start.month


def month_text(month: date) -> str:
    """"2026-07", as the control API and 缴费记录 write a month."""
    return f"{month.year:04d}-{month.month:02d}"


def parse_month(text: str) -> date:
    """The first day of a month written "2026-07"; ValueError otherwise."""
    match = MONTH_TEXT.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is None or not 1 <= int(match[2]) <= 12:
        raise ValueError(text)
    return date(int(match[1]), int(match[2]), 1)


def year_months(contribution_year: int) -> tuple[date, ...]:
    """July of the year to June of the next."""
    return tuple(add_months(date(contribution_year, 7, 1), n) for n in range(12))


def first_month(declaration: Declaration) -> date:
    """The later of the year's July and the month the declaration was completed 通过."""
    return max(date(declaration.contribution_year, 7, 1), first_of(declaration.completed_on))


def due_by(contribution_year: int, cycle: str, month: date) -> date:
    """The month by which `month` must be paid: itself monthly, else its period's last month."""
    length = PERIOD_MONTHS[cycle]
    index = months_between(date(contribution_year, 7, 1), month)
    return add_months(date(contribution_year, 7, 1), (index // length + 1) * length - 1)


def state_of(owed: Decimal, deadline: date, today: date) -> str:
    """已缴清 when nothing is owed; else 待缴 until the deadline's month has ended, then 欠缴."""
    if owed == 0:
        return PAID
    return PENDING if deadline >= first_of(today) else OVERDUE


def ledger(declaration: Declaration, deductions: Mapping[date, Sequence[Decimal]],
           today: date, breaks: Sequence[Break] = (), suspended_from: date | None = None
           ) -> Ledger:
    """The year's months from the first one owed, with the deductions recorded for each.

    After an interruption nothing is due until the person resumes; from the month of 恢复缴费 on
    every month is due monthly, in that month (用户须知 rule 3). From a suspension's month on
    nothing is due and what was paid is refunded; months of its period not yet paid may still
    be paid, by choice (rule 4).
    """
    monthly = monthly_amounts(declaration.base).total
    start = first_month(declaration)
    resumed = [b.resumed for b in breaks if b.resumed is not None]
    rows = []
    for month in year_months(declaration.contribution_year):
        if month < start:
            continue
        stopped = any(b.stops(month) for b in breaks)
        suspended = suspended_from is not None and month >= suspended_from
        due = ZERO if stopped or suspended else monthly
        paid = sum(deductions.get(month, ()), ZERO)
        owed = max(due - paid, ZERO)
        refund = max(paid - due, ZERO)  # a deduction beyond what was due goes back
        cycle = CYCLES[0] if any(month >= r for r in resumed) else declaration.cycle
        deadline = due_by(declaration.contribution_year, cycle, month)
        state = INTERRUPTED if stopped else state_of(owed, deadline, today)
        if suspended:
            state = SUSPENDED
        elif (suspended_from is not None and owed > 0
              and deadline == due_by(declaration.contribution_year, cycle, suspended_from)):
            state = VOLUNTARY
        rows.append(LedgerMonth(month, declaration.base, due, deadline, paid, owed, refund,
                                state))
    return Ledger(declaration, tuple(rows))


AMOUNT_TEXT = re.compile(r"\d{1,8}(?:\.\d{1,2})?")


def parse_amount(value: object) -> Decimal:
    """A deduction in 元: zero or more, at most two decimals ("0" a failed deduction);
    ValueError saying what is wrong otherwise."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError("required, an amount in 元 such as \"1504.02\"")
    text = str(value).strip()
    if text.startswith("-"):
        raise ValueError(f"{text} is negative; a failed deduction is \"0\"")
    if re.fullmatch(r"\d+\.\d{3,}", text):
        raise ValueError(f"{text} has more than two decimals (amounts are to the fen)")
    if not AMOUNT_TEXT.fullmatch(text):
        raise ValueError(f"{text!r} is not an amount in 元 such as \"1504.02\"")
    return Decimal(text)


def suspension_refusal(of: Ledger, month: date, already: bool) -> str | None:
    """Why a suspension in `month` is refused (用户须知 rule 4); None when it may be made."""
    if already:
        return "您已申请暂停缴费，不能重复申请。"
    if of.declaration.cycle == CYCLES[0]:
        return "按月缴费的不能申请暂停缴费；暂停缴费仅适用于按季度、按半年或按年缴费。"
    if not of.covers(month):
        return "暂停缴费应在选择的缴费时段内申请，当前月份不在本缴费年度的缴费时段内。"
    return None
