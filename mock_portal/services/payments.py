"""缴费记录: a person's ledger from their declaration 已办结 with 通过 and the deductions recorded
for it, and 中断缴费 judged on it by the mock clock (docs/domain.md §2.10, §2.11)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time
from decimal import Decimal

from ..config import Settings
from ..domain import case_numbers, case_status, interruption, ledger, places
from ..domain.rules import Rules
from ..store import Store
from . import cases, sms
from .sms_gateway import Gateway

#: Payment events (the store's payment_events.kind).
INTERRUPTED = "中断缴费"
RESUMED = "恢复缴费"
SUSPENDED = "暂停缴费"

SMS_INTERRUPTED = ("【北京市政务服务网】{rule}。您截至{month}未按规定足额缴纳养老保险费、失业保险费，"
                   "已视为自行中断缴费。{resuming}请登录“我的空间”查看缴费记录。")


class ResumeRefused(Exception):
    """恢复缴费 the rules do not allow; str() is the person's message."""


NOT_INTERRUPTED = "您当前未处于中断缴费状态，无需申请恢复缴费。"
SMS_RESUMED = ("【北京市政务服务网】您申请的“{name}”（办件单号：{number}）已办结，办理结果：通过。"
               "养老保险费、失业保险费从{month}起按月缴纳。请登录“我的空间”查看缴费记录。")
#: Where 恢复缴费 goes for a person who never declared here: 海淀区's centre (assumption).
DEFAULT_OFFICE = "110108-00"


class SuspensionRefused(Exception):
    """暂停缴费 the rules do not allow; str() is the person's message."""


NO_LEDGER = "您本缴费年度的申报尚未办结（通过），暂无可暂停的缴费。"
SMS_SUSPENDED = ("【北京市政务服务网】您已申请暂停缴费，养老保险费、失业保险费自{month}起暂停缴纳，"
                 "退费合计{refund}元。请登录“我的空间”查看缴费记录。")


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


def ledger_of(store: Store, settings: Settings, rules: Rules, person: dict, now: datetime,
              gateway: Gateway) -> ledger.Ledger | None:
    """The person's ledger on the mock clock's day; None before a declaration is 通过."""
    cases.advance_due(store, settings, rules, now, gateway)
    declaration = declaration_of(store, person)
    if declaration is None:
        return None
    return rules.build_ledger(declaration, deductions_by_month(store, person),
                              rules.ledger_day(now.date()),
                              breaks_of(store, person), suspension_of(store, person))


def suspension_of(store: Store, person: dict) -> date | None:
    """The month the person suspended paying from, if they did."""
    months = [e["month"] for e in store.portal.payment_events(person["id"])
              if e["kind"] == SUSPENDED]
    return ledger.parse_month(months[-1]) if months else None


def suspension_refusal(store: Store, settings: Settings, rules: Rules, person: dict, now: datetime,
                       gateway: Gateway) -> str | None:
    """Why the person may not suspend this month, in their words; None when they may."""
    of = ledger_of(store, settings, rules, person, now, gateway)
    if of is None:
        return NO_LEDGER
    if person["status"] == "interrupted":
        return "您已中断缴费，不能申请暂停缴费。"
    return ledger.suspension_refusal(of, ledger.first_of(now.date()),
                                     suspension_of(store, person) is not None)


def suspend(store: Store, settings: Settings, rules: Rules, person: dict, now: datetime,
            gateway: Gateway) -> date:
    """暂停缴费 from this month (rule 4): the status becomes `suspended`; paid months from it on
    are refunded. The month; SuspensionRefused with the reason otherwise."""
    person = settle(store, settings, rules, person, now, gateway)
    if refusal := suspension_refusal(store, settings, rules, person, now, gateway):
        raise SuspensionRefused(refusal)
    month = ledger.first_of(now.date())
    store.portal.add_payment_event(person["id"], SUSPENDED, ledger.month_text(month), now)
    store.identity.set_status(person["id"], "suspended")
    refund = ledger_of(store, settings, rules, person, now, gateway).refund
    sms.send(store, person["phone"], SMS_SUSPENDED.format(month=month_words(month),
                                                          refund=money(refund)), now, gateway)
    return month


def breaks_of(store: Store, person: dict) -> list[ledger.Break]:
    """Each 中断缴费 with the 恢复缴费 that ended it, if any."""
    breaks: list[ledger.Break] = []
    for event in store.portal.payment_events(person["id"]):
        month = ledger.parse_month(event["month"])
        if event["kind"] == INTERRUPTED:
            breaks.append(ledger.Break(month))
        elif event["kind"] == RESUMED and breaks and breaks[-1].resumed is None:
            breaks[-1] = ledger.Break(breaks[-1].interrupted, month)
    return breaks


def resume(store: Store, settings: Settings, rules: Rules, person: dict, now: datetime,
           gateway: Gateway) -> str:
    """恢复缴费: a 办件 of its own, numbered in the department's day sequence; the status is
    normal again and every month from this one is due monthly. Its 办件单号."""
    person = settle(store, settings, rules, person, now, gateway)
    if person["status"] != "interrupted":
        raise ResumeRefused(NOT_INTERRUPTED)
    standing = [c for c in store.portal.cases_of(person["id"]) if case_status.stands(c)]
    office = places.office(standing[0]["office_id"] if standing else DEFAULT_OFFICE)
    department = places.department_for(office.district_code).credit_code
    sequence = store.portal.next_sequence(department, now.date())
    number = case_numbers.compose(department, now.date(), sequence, rules.resumption_suffix)
    month = ledger.first_of(now.date())
    store.portal.add_payment_event(person["id"], RESUMED, ledger.month_text(month), now, number)
    store.identity.set_status(person["id"], "normal")
    sms.send(store, person["phone"], SMS_RESUMED.format(
        name=case_numbers.RESUMPTION_NAME, number=number, month=month_words(month)), now,
        gateway, number)
    return number


def resumptions(store: Store, person: dict) -> list[dict]:
    """The person's 恢复缴费 applications ({"kind", "month", "at", "number"}), oldest first."""
    return [e for e in store.portal.payment_events(person["id"]) if e["kind"] == RESUMED]


def resumption(store: Store, person: dict, number: str) -> dict | None:
    """One of the person's 恢复缴费 applications; None for a number not theirs."""
    return next((e for e in resumptions(store, person) if e["number"] == number), None)


def describe_resumption(store: Store, event: dict) -> dict:
    """A 恢复缴费 办件 as 查看详情 shows it: completed with 通过 when applied for (docs/domain.md
    §2.12), its month in words, and 办理过程 with its 短信通知 rows."""
    steps = [{"status": case_status.SUBMITTED, "at": event["at"], "result": None,
              "reason": None, "why": None},
             {"status": case_status.COMPLETED, "at": event["at"],
              "result": case_status.APPROVED, "reason": None, "why": None}]
    history = sorted(steps + cases.sms_events(store, event["number"]), key=lambda e: e["at"])
    return {
        "number": event["number"], "item_name": case_numbers.RESUMPTION_NAME,
        "status": case_status.COMPLETED, "result": case_status.APPROVED,
        "submitted_at": event["at"],
        "month": month_words(ledger.parse_month(event["month"])),
        "events": [{**e, "note": cases.note(e)} for e in history],
    }


def record(store: Store, settings: Settings, rules: Rules, person: dict, month_text: object,
           paid: object, now: datetime, gateway: Gateway) -> None:
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
    of = ledger_of(store, settings, rules, person, now, gateway)
    if of is None:
        raise PaymentRefused("month", "month: the person has no ledger yet (no declaration "
                                      "已办结 with 通过)")
    if not of.covers(month):
        raise PaymentRefused("month", f"month: {ledger.month_text(month)} is outside the "
                                      f"ledger ({ledger.month_text(of.months[0].month)} to "
                                      f"{ledger.month_text(of.months[-1].month)})")
    store.portal.add_deduction(person["id"], ledger.month_text(month), amount, now)


def _since(store: Store, person: dict) -> date | None:
    """The month the person last resumed paying; months before it no longer count."""
    resumed = [e["month"] for e in store.portal.payment_events(person["id"])
               if e["kind"] == RESUMED]
    return ledger.parse_month(resumed[-1]) if resumed else None


def settle(store: Store, settings: Settings, rules: Rules, person: dict, now: datetime,
           gateway: Gateway) -> dict:
    """Judge 中断缴费 for a person paying normally, on the mock clock; the person as they are now.

    An interruption makes the status `interrupted`, is kept as a payment event of the month it
    happened in and is told by SMS, dated when it became known (the next month's first day).
    """
    if person["status"] != "normal":
        return person
    of = ledger_of(store, settings, rules, person, now, gateway)
    if of is None:
        return person
    month = rules.interrupted_in(of, now.date(), _since(store, person))
    if month is None:
        return person
    at = datetime.combine(interruption.judged_at(month), time(0), now.tzinfo)
    store.portal.add_payment_event(person["id"], INTERRUPTED, ledger.month_text(month), at)
    store.identity.set_status(person["id"], "interrupted")
    sms.send(store, person["phone"], SMS_INTERRUPTED.format(
        rule=interruption.rule_for(of.declaration.cycle), month=month_words(month),
        resuming=interruption.RESUMING), at, gateway)
    return store.identity.person(person["id"])


def settle_all(store: Store, settings: Settings, rules: Rules, now: datetime,
               gateway: Gateway) -> list[str]:
    """Judge 中断缴费 for everyone with a ledger; the ID numbers of those who interrupted now."""
    interrupted = []
    for person_id in store.portal.persons_with_approved_cases():
        person = store.identity.person(person_id)
        if settle(store, settings, rules, person, now, gateway)["status"] != person["status"]:
            interrupted.append(person["id_number"])
    return interrupted


def interruption_notice(store: Store, person: dict) -> dict | None:
    """What 用户空间 says of an interrupted person: the rule, and the month, when judged here."""
    if person["status"] != "interrupted":
        return None
    judged = [e for e in store.portal.payment_events(person["id"]) if e["kind"] == INTERRUPTED]
    if not judged:
        return {"rule": None, "month": None, "resuming": interruption.RESUMING}
    declaration = declaration_of(store, person)
    cycle = declaration.cycle if declaration else None
    if _since(store, person) is not None:
        cycle = "按月缴费"  # after 恢复缴费 every month is paid monthly
    return {"rule": interruption.rule_for(cycle) if cycle else None,
            "month": month_words(ledger.parse_month(judged[-1]["month"])),
            "resuming": interruption.RESUMING}


def month_words(month: date) -> str:
    """"2025年9月"."""
    return f"{month.year}年{month.month}月"


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
