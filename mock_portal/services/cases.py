"""办件: submitting a declaration, numbering it, and moving it along by the mock clock."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from ..config import Settings
from ..domain import case_numbers, case_status, limits, places
from ..store import Store
from ..store.portal import NewCase
from . import limits_table, sms

YEAR_CLOSED = ("您{start}年7月至{end}年6月缴费年度的申报已办结。"
               "一个缴费年度内缴费基数和缴费周期不进行调整。")


class DeclarationRefused(Exception):
    """A declaration the rules do not allow; str() is the person's message."""


def completed_in_year(store: Store, settings: Settings, person: dict, now: datetime) -> str | None:
    """The refusal message when the person's declaration of this year is already 已办结."""
    advance_due(store, settings, now)
    year = limits.contribution_year(now.date())
    this_year = store.portal.cases_in_year(person["id"], year)
    if any(c["status"] == case_status.COMPLETED for c in this_year):
        return YEAR_CLOSED.format(start=year, end=year + 1)
    return None


def submit(store: Store, settings: Settings, person: dict, office_id: str, wage_typed: Decimal,
           cycle: str, submission_key: str, now: datetime) -> dict:
    """Record a declaration once per submission key and return its case."""
    existing = store.portal.case_by_submission(submission_key)
    if existing is not None:
        return existing
    refusal = completed_in_year(store, settings, person, now)
    if refusal:
        raise DeclarationRefused(refusal)
    office = places.office(office_id)
    department = places.department_for(office.district_code)
    applied = limits.clamp(wage_typed, limits_table.on(now.date()))
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
    number = case_numbers.compose(department.credit_code, new.day, sequence)
    for earlier in store.portal.cases_in_year(person["id"], new.contribution_year):
        if earlier["status"] in case_status.OPEN:
            store.portal.move_case(earlier["id"], case_status.WITHDRAWN, now, None, None)
    case = store.portal.add_case(new, number, sequence)
    sms.send_case_message(store, person["phone"], sms.CASE_SUBMITTED, number, now)
    return case


def _end_of_day(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time(23, 59, 59), moment.tzinfo)


def _completion_time(case: dict, settings: Settings) -> datetime:
    """已办结 comes `complete_after_minutes` after submission, but always the same day."""
    submitted = datetime.fromisoformat(case["submitted_at"])
    return min(submitted + timedelta(minutes=settings.complete_after_minutes),
               _end_of_day(submitted))


def advance_due(store: Store, settings: Settings, now: datetime) -> None:
    """Apply every status change whose time has come, each at the time it was due."""
    while due := store.portal.due_cases(now):
        for case in due:
            _advance(store, settings, case)


def _advance(store: Store, settings: Settings, case: dict) -> None:
    at = datetime.fromisoformat(case["next_at"])
    if case["next_status"] == case_status.ACCEPTED:
        store.portal.move_case(case["id"], case_status.ACCEPTED, at, case_status.COMPLETED,
                               max(at, _completion_time(case, settings)))
    else:
        store.portal.move_case(case["id"], case_status.COMPLETED, at, None, None)
        person = store.identity.person(case["person_id"])
        sms.send_case_message(store, person["phone"], sms.CASE_COMPLETED, case["number"], at)


def describe(store: Store, case: dict) -> dict:
    """A case with what the pages show about it: office, department, history."""
    office = places.office(case["office_id"])
    return {
        **case,
        "office": office,
        "department": places.department_for(office.district_code),
        "item_name": case_numbers.ITEM_NAME,
        "events": store.portal.case_events(case["id"]),
        "wage_typed_text": limits.format_yuan(Decimal(case["wage_typed"])),
        "base_applied_text": limits.format_yuan(Decimal(case["base_applied"])),
    }
