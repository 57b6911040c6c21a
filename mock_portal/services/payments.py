"""缴费记录: a person's ledger from their declaration 已办结 with 通过 and the deductions recorded
for it (docs/domain.md §2.10)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal

from ..config import Settings
from ..domain import case_status, ledger
from ..store import Store
from . import cases


class PaymentRefused(Exception):
    """A deduction the ledger cannot take; names the field."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def declaration_of(store: Store, person: dict) -> ledger.Declaration | None:
    """The declaration that fixes the person's ledger: the latest year's case 已办结 with 通过."""
    standing = [c for c in store.portal.cases_of(person["id"]) if case_status.stands(c)]
    if not standing:
        return None
    case = max(standing, key=lambda c: c["contribution_year"])
    completed = next(e["at"] for e in reversed(store.portal.case_events(case["id"]))
                     if e["status"] == case_status.COMPLETED)
    return ledger.Declaration(case["contribution_year"], Decimal(case["base_applied"]),
                              case["cycle"], datetime.fromisoformat(completed).date())


def deductions_by_month(store: Store, person: dict) -> dict[date, list[Decimal]]:
    found: dict[date, list[Decimal]] = defaultdict(list)
    for row in store.portal.deductions(person["id"]):
        found[ledger.parse_month(row["month"])].append(Decimal(row["amount"]))
    return found


def ledger_of(store: Store, settings: Settings, person: dict,
              now: datetime) -> ledger.Ledger | None:
    """The person's ledger on the mock clock's day; None before a declaration is 通过."""
    cases.advance_due(store, settings, now)
    declaration = declaration_of(store, person)
    if declaration is None:
        return None
    return ledger.ledger(declaration, deductions_by_month(store, person), now.date())


def record(store: Store, settings: Settings, person: dict, month_text: object, paid: object,
           now: datetime) -> None:
    """Record a deduction for a month of the person's ledger (several for a month add up)."""
    try:
        month = ledger.parse_month(month_text)
    except ValueError:
        raise PaymentRefused("month", f"month: expected a month such as \"2026-07\", "
                                      f"got {month_text!r}") from None
    try:
        amount = ledger.parse_amount(paid)
    except ValueError as exc:
        raise PaymentRefused("paid", f"paid: {exc}") from None
    of = ledger_of(store, settings, person, now)
    if of is None:
        raise PaymentRefused("month", "month: the person has no ledger yet (no declaration "
                                      "已办结 with 通过)")
    if not of.covers(month):
        raise PaymentRefused("month", f"month: {ledger.month_text(month)} is outside the "
                                      f"ledger ({ledger.month_text(of.months[0].month)} to "
                                      f"{ledger.month_text(of.months[-1].month)})")
    store.portal.add_deduction(person["id"], ledger.month_text(month), amount, now)


def money(amount: Decimal) -> str:
    """An amount as the control API writes it: "1504.02"."""
    return f"{amount.quantize(ledger.ZERO):f}"


def ledger_json(person: dict, of: ledger.Ledger | None) -> dict:
    """The ledger as the control API answers it."""
    if of is None:
        return {"id_number": person["id_number"], "status": person["status"],
                "contribution_year": None, "cycle": None, "base": None, "owed": "0.00",
                "months": []}
    return {
        "id_number": person["id_number"], "status": person["status"],
        "contribution_year": of.declaration.contribution_year, "cycle": of.declaration.cycle,
        "base": f"{of.declaration.base:f}", "owed": money(of.owed),
        "months": [{"month": ledger.month_text(m.month), "base": f"{m.base:f}",
                    "due": money(m.due), "due_by": ledger.month_text(m.due_by),
                    "paid": money(m.paid), "owed": money(m.owed), "refund": money(m.refund),
                    "state": m.state} for m in of.months],
    }
