"""办件: submitting a declaration, numbering it, moving it along by the mock clock or by the
control API, and the applicant's 撤回 (docs/domain.md §7)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from ..config import Settings
from ..domain import case_numbers, case_status, limits, places
from ..domain.messages import FAILED, PENDING, SENT
from ..domain.rules import Rules
from ..store import Store
from ..store.portal import NewCase
from . import sms
from .sms_gateway import Gateway

YEAR_CLOSED = ("您{start}年7月至{end}年6月缴费年度的申报已办结。"
               "一个缴费年度内缴费基数和缴费周期不进行调整。")


#: 办理过程's row for a message about the case, and the note once a failed one is sent.
SMS_NOTICE = "短信通知"
RESENT = "已重新发送"


class DeclarationRefused(Exception):
    """A declaration the rules do not allow; str() is the person's message."""


class CaseNotFound(Exception):
    """No such case (or, for a person, none of theirs)."""


class MoveRefused(Exception):
    """A move the state table (or the 撤回 rule) does not allow; str() is the reason in Chinese."""


class OutcomeProblem(Exception):
    """A result or reason that does not fit the state moved to; names the field."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def completed_in_year(store: Store, settings: Settings, rules: Rules, person: dict, now: datetime,
                      gateway: Gateway) -> str | None:
    """The refusal message when the person's declaration of this year is 已办结 with 通过."""
    advance_due(store, settings, rules, now, gateway)
    year = rules.contribution_year(now.date())
    this_year = store.portal.cases_in_year(person["id"], year)
    if any(case_status.stands(c) for c in this_year):
        return YEAR_CLOSED.format(start=year, end=year + 1)
    return None


def submit(store: Store, settings: Settings, rules: Rules, person: dict, office_id: str,
           wage_typed: Decimal, cycle: str, submission_key: str, now: datetime, gateway: Gateway,
           table: limits.Table) -> dict:
    """Record a declaration once per submission key and return its case; its base clamped to
    the limits of `table` (the mock's limits table)."""
    existing = store.portal.case_by_submission(submission_key)
    if existing is not None:
        return existing
    refusal = completed_in_year(store, settings, rules, person, now, gateway)
    if refusal:
        raise DeclarationRefused(refusal)
    office = places.office(office_id)
    department = places.department_for(office.district_code)
    applied = rules.clamp(wage_typed, rules.limits_on(now.date(), table))
    accept_at = min(now + timedelta(minutes=settings.accept_after_minutes), _end_of_day(now))
    new = NewCase(
        submission_key=submission_key, person_id=person["id"], office_id=office.id,
        department_code=department.credit_code, day=now.date(),
        contribution_year=applied.limits.year, wage_typed=wage_typed,
        base_applied=applied.applied, clamp_reason=applied.reason,
        limits_provisional=applied.limits.provisional, cycle=cycle, submitted_at=now,
        status=case_status.SUBMITTED, next_status=case_status.ACCEPTED, next_at=accept_at,
    )
    sequence = store.portal.next_sequence(department.credit_code, new.day)
    number = rules.compose_number(department.credit_code, new.day, sequence)
    for earlier in store.portal.cases_in_year(person["id"], new.contribution_year):
        if earlier["status"] in case_status.OPEN:
            store.portal.move_case(earlier["id"], case_status.WITHDRAWN, now, None, None,
                                   why=case_status.REPLACED)
    case = store.portal.add_case(new, number, sequence)
    sms.send_case_message(store, rules, person["phone"], sms.CASE_SUBMITTED, number, now, gateway)
    return case


def open_in_year(store: Store, settings: Settings, rules: Rules, person: dict, now: datetime,
                 gateway: Gateway) -> dict | None:
    """The person's open case of this contribution year, which a new declaration would replace
    (D3): after a 提交 whose answer was lost, the one the person may not know they have."""
    advance_due(store, settings, rules, now, gateway)
    year = rules.contribution_year(now.date())
    still_open = [c for c in store.portal.cases_in_year(person["id"], year)
                  if c["status"] in case_status.OPEN]
    return still_open[-1] if still_open else None


def replaced_by(store: Store, case: dict) -> list[dict]:
    """The cases that `case` replaced when it was submitted (已撤回 then, as replaced)."""
    return [earlier for earlier in store.portal.cases_in_year(case["person_id"],
                                                              case["contribution_year"])
            if earlier["id"] != case["id"] and earlier["status"] == case_status.WITHDRAWN
            and any(event["why"] == case_status.REPLACED and event["at"] == case["submitted_at"]
                    for event in store.portal.case_events(earlier["id"]))]


def _end_of_day(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time(23, 59, 59), moment.tzinfo)


def _completion_time(case: dict, settings: Settings) -> datetime:
    """已办结 comes `complete_after_minutes` after submission, but always the same day."""
    submitted = datetime.fromisoformat(case["submitted_at"])
    return min(submitted + timedelta(minutes=settings.complete_after_minutes),
               _end_of_day(submitted))


def advance_due(store: Store, settings: Settings, rules: Rules, now: datetime,
                gateway: Gateway) -> list[str]:
    """Apply every status change whose time has come, each at the time it was due.

    Returns the numbers of the cases moved, in the order they were moved.
    """
    moved = []
    while due := store.portal.due_cases(now):
        for case in due:
            _advance(store, settings, rules, case, gateway)
            moved.append(case["number"])
    # Last: a slow gateway's messages of the moves above may be due already.
    sms.deliver_due(store, now, gateway)
    return moved


def _advance(store: Store, settings: Settings, rules: Rules, case: dict, gateway: Gateway) -> None:
    at = datetime.fromisoformat(case["next_at"])
    if case["next_status"] == case_status.ACCEPTED:
        store.portal.move_case(case["id"], case_status.ACCEPTED, at, case_status.COMPLETED,
                               max(at, _completion_time(case, settings)))
    else:
        result = settings.default_result
        reason = settings.default_reason if result == case_status.REJECTED else None
        _record(store, rules, case, case_status.COMPLETED, at, gateway, result, reason)


def transition(store: Store, settings: Settings, rules: Rules, number: str, to: str,
               result: str | None, reason: str | None, now: datetime, gateway: Gateway) -> dict:
    """Move a case as the agency (or the applicant, for 已撤回) would; the moved case.

    A case moved this way leaves the clock's hands: only further moves change it.
    """
    advance_due(store, settings, rules, now, gateway)
    case = store.portal.case(number)
    if case is None:
        raise CaseNotFound(number)
    refusal = case_status.move_refusal(case["status"], to)
    if refusal is None and to == case_status.WITHDRAWN:
        refusal = case_status.withdrawal_refusal(case["status"])
    if refusal:
        raise MoveRefused(refusal)
    if problem := case_status.outcome_problem(to, result, reason):
        raise OutcomeProblem(*problem)
    why = case_status.WITHDRAWN_BY_APPLICANT if to == case_status.WITHDRAWN else None
    _record(store, rules, case, to, now, gateway, result, reason.strip() if reason else None, why)
    return store.portal.case(number)


def withdraw(store: Store, settings: Settings, rules: Rules, person: dict, number: str,
             now: datetime, gateway: Gateway) -> dict:
    """The applicant's 撤回 of their own case; refused unless it is 已提交."""
    advance_due(store, settings, rules, now, gateway)
    case = store.portal.case(number)
    if case is None or case["person_id"] != person["id"]:
        raise CaseNotFound(number)
    if refusal := case_status.withdrawal_refusal(case["status"]):
        raise MoveRefused(refusal)
    _record(store, rules, case, case_status.WITHDRAWN, now, gateway, None, None,
            case_status.WITHDRAWN_BY_APPLICANT)
    return store.portal.case(number)


def _record(store: Store, rules: Rules, case: dict, to: str, at: datetime, gateway: Gateway,
            result: str | None, reason: str | None, why: str | None = None) -> None:
    """Move a case, keep the change as history and tell the person when they should hear of it."""
    store.portal.move_case(case["id"], to, at, None, None, result, reason, why)
    template = sms.case_template(to, result)
    if template:
        person = store.identity.person(case["person_id"])
        sms.send_case_message(store, rules, person["phone"], template, case["number"], at, gateway,
                              reason)


def note(event: dict) -> str:
    """What 办理过程 says beside a change: the result and reason, or why it was withdrawn."""
    parts = [part for part in (event["result"], event["reason"], event["why"]) if part]
    return "：".join(parts)


def outcome(case: dict) -> str:
    """办理结果 as 我的办件 lists it: 通过, 不予通过：{reason}, a 不予受理's reason; else empty."""
    return "：".join(part for part in (case["result"], case["reason"]) if part)


def sms_events(store: Store, number: str) -> list[dict]:
    """The 办理过程 rows of a case's 短信通知 that the gateway did not send at once: 待发送,
    发送失败, and the sending once it is back (docs/domain.md §7), shaped as history rows with
    the message's state as `why`."""
    rows = []

    def row(at: str, state: str) -> None:
        rows.append({"status": SMS_NOTICE, "at": at, "result": None, "reason": None, "why": state})

    for message in store.outbox.of_case(number):
        if message["state"] == PENDING:
            row(message["queued_at"], PENDING)
        if message["failed_at"]:
            row(message["failed_at"], FAILED)
            if message["state"] == SENT:
                row(message["sent_at"], RESENT)
    return rows


def history(store: Store, case: dict) -> list[dict]:
    """办理过程: every change of the case and its 短信通知 rows, oldest first (a change before
    the message it caused)."""
    return sorted(store.portal.case_events(case["id"]) + sms_events(store, case["number"]),
                  key=lambda e: e["at"])


def describe(store: Store, rules: Rules, case: dict) -> dict:
    """A case with what the pages show about it: office, department, history."""
    office = places.office(case["office_id"])
    return {
        **case,
        "office": office,
        "department": places.department_for(office.district_code),
        "item_name": case_numbers.ITEM_NAME,
        "events": rules.history(
            [{**e, "note": note(e)} for e in history(store, case)]),
        "wage_typed_text": limits.format_yuan(Decimal(case["wage_typed"])),
        "base_applied_text": limits.format_yuan(Decimal(case["base_applied"])),
    }
