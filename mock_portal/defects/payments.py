"""Seeded defects of 缴费记录 and 中断/暂停/恢复缴费 (area `payments`)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from ..domain import case_numbers, interruption, ledger
from .defect import Defect


def _a_month_later(day: date) -> date:
    return day + timedelta(days=31)


LEDGER_A_MONTH_AHEAD = Defect(
    "ledger-a-month-ahead", "payments",
    "缴费记录 judges each month as of a month later, so this month's contribution shows as 欠缴.",
    rules={"ledger_day": _a_month_later})


def _part_payment_counts(of: ledger.Ledger, today: date, since: date | None = None):
    # A month paid in part is taken as paid: only months with nothing paid count.
    months = tuple(dataclasses.replace(m, owed=ledger.ZERO) if m.paid > 0 else m
                   for m in of.months)
    return interruption.interrupted_in(dataclasses.replace(of, months=months), today, since)


INTERRUPTION_IGNORES_PART_PAYMENTS = Defect(
    "interruption-ignores-part-payments", "payments",
    "A month paid in part does not count towards 中断缴费, which asks for months paid in full.",
    rules={"interrupted_in": _part_payment_counts})


def _failed_deduction_paid(declaration, deductions, today, breaks=(), suspended_from=None):
    # "Was a deduction recorded?" instead of "was the amount due deducted?".
    built = ledger.ledger(declaration, deductions, today, breaks, suspended_from)
    months = tuple(dataclasses.replace(m, owed=ledger.ZERO, state=ledger.PAID)
                   if deductions.get(m.month) and m.state in (ledger.PENDING, ledger.OVERDUE)
                   else m for m in built.months)
    return dataclasses.replace(built, months=months)


FAILED_DEDUCTION_COUNTS_AS_PAID = Defect(
    "failed-deduction-counts-as-paid", "payments",
    "A month with a failed deduction (\"0\") recorded shows as 已缴清.",
    rules={"build_ledger": _failed_deduction_paid})


def _suspended_from_next_month(declaration, deductions, today, breaks=(), suspended_from=None):
    later = suspended_from and ledger.add_months(suspended_from, 1)
    return ledger.ledger(declaration, deductions, today, breaks, later)


SUSPENSION_FROM_NEXT_MONTH = Defect(
    "suspension-from-next-month", "payments",
    "暂停缴费 stops from the next month: this month stays due and what was paid for it is "
    "not refunded.",
    rules={"build_ledger": _suspended_from_next_month})


def _voluntary_months_owed(declaration, deductions, today, breaks=(), suspended_from=None):
    built = ledger.ledger(declaration, deductions, today, breaks, suspended_from)
    months = tuple(dataclasses.replace(m, state=ledger.state_of(m.owed, m.due_by, today))
                   if m.state == ledger.VOLUNTARY else m for m in built.months)
    return dataclasses.replace(built, months=months)


VOLUNTARY_MONTHS_OWED = Defect(
    "voluntary-months-owed", "payments",
    "After 暂停缴费 the unpaid months of its period show as 待缴/欠缴, not 可自愿缴纳.",
    rules={"build_ledger": _voluntary_months_owed})

RESUMPTION_NUMBERED_AS_DECLARATION = Defect(
    "resumption-numbered-as-declaration", "payments",
    "A 恢复缴费 办件单号 ends in the declaration's 业务办理项 02 instead of 03.",
    rules={"resumption_suffix": case_numbers.HANDLING_SUFFIX})

DEFECTS = (LEDGER_A_MONTH_AHEAD, INTERRUPTION_IGNORES_PART_PAYMENTS,
           FAILED_DEDUCTION_COUNTS_AS_PAID, SUSPENSION_FROM_NEXT_MONTH, VOLUNTARY_MONTHS_OWED,
           RESUMPTION_NUMBERED_AS_DECLARATION)
