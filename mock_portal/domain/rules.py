"""The rules one app applies: the domain's own functions and values, as one value per app.

An app is built with a `Rules` (mock_portal/web.py installs it) and its blueprints hand it to the
services with the store and the settings. A seeded defect (mock_portal/defects) is a `Rules`
with one field replaced, for that app only: the functions themselves never change and never
branch on a defect (docs/decisions.md D48).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from . import (
    accounts,
    case_numbers,
    eligibility,
    free_text,
    interruption,
    ledger,
    limits,
    messages,
)


def _same(value: Any) -> Any:
    """The value as it is: the default of every rule that keeps, keys or shows a value."""
    return value


def _owns(person: dict, record: dict) -> bool:
    return record["person_id"] == person["id"]


def _agreed(form: Mapping) -> bool:
    return form.get("agree") == "yes"


def _evaluated(existing: dict | None) -> bool:
    return existing is not None


@dataclass(frozen=True)
class Rules:
    """Every domain rule an app may have swapped by a defect, defaulting to the domain's own."""

    contribution_year: Callable[[date], int] = limits.contribution_year
    limits_for_year: Callable[[int, limits.Table], limits.YearLimits] = limits.limits_for_year
    clamp: Callable[[Decimal, limits.YearLimits], limits.AppliedBase] = limits.clamp
    assess: Callable[..., eligibility.Eligibility] = eligibility.assess
    compose_number: Callable[[str, date, int], str] = case_numbers.compose
    #: The 事项编码 suffix of a 恢复缴费 办件单号.
    resumption_suffix: str = case_numbers.RESUMPTION_SUFFIX
    captcha_matches: Callable[[str | None, str], bool] = accounts.captcha_matches
    locks: tuple[accounts.Lock, ...] = accounts.LOCKS
    #: 用户须知's agreement, ticked in the form posted.
    agreed: Callable[[Mapping], bool] = _agreed
    #: What 在线填表 keeps of the values typed on 上一步, and in a 保存草稿.
    kept_on_previous: Callable[[dict], dict] = _same
    kept_in_draft: Callable[[dict], dict] = _same
    #: The key one confirmation's 提交 is recorded under (twice: still one case).
    submission_key: Callable[[str], str] = _same
    owns: Callable[[dict, dict], bool] = _owns
    #: 办理过程's rows, from the case's changes.
    history: Callable[[list[dict]], list[dict]] = _same
    #: A case message's text, and the phone it goes to.
    case_text: Callable[[str], str] = _same
    sms_recipient: Callable[[str], str] = _same
    #: 我的办件 and 我的空间 bring cases up to the clock before showing them.
    advance_in_space: bool = True
    #: Which outbox rows are site messages in 我的消息, and how many of those are unread.
    received: Callable[[dict], bool] = messages.received
    unread_count: Callable[[list], int] = messages.unread_count
    #: The day the payment ledger is judged on (the mock clock's).
    ledger_day: Callable[[date], date] = _same
    #: 缴费记录's months, from the declaration, the deductions, breaks and a suspension.
    build_ledger: Callable[..., ledger.Ledger] = ledger.ledger
    #: 中断缴费: the month a person interrupted in, judged on their ledger.
    interrupted_in: Callable[..., date | None] = interruption.interrupted_in
    #: Whether a case's evaluation so far stops another one (立即评价, once per case); one it
    #: lets stand is replaced.
    evaluated: Callable[[dict | None], bool] = _evaluated
    #: Free text (评价内容) with characters that are no writing, refused.
    unreadable: Callable[[str], bool] = free_text.unreadable

    def limits_on(self, day: date, table: limits.Table) -> limits.YearLimits:
        """The limits in force on `day`, from `table` (the one in force, overrides included)."""
        return self.limits_for_year(self.contribution_year(day), table)
