"""The rules one app instance applies: the domain's own functions and values, swappable per app.

`install` puts a `Rules` on `app.extensions["rules"]` when the app is built; views and services
reach it through `current()`. A seeded defect (mock_portal/defects) is a `Rules` with one field
replaced, for that app only: the domain modules themselves never change and never branch on a
defect (docs/decisions.md, seeded defects).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from flask import Flask, current_app, has_app_context
from markupsafe import Markup

from .config import MAX_BODY_BYTES
from .domain import (
    case_numbers,
    constant_time,
    eligibility,
    free_text,
    interruption,
    ledger,
    limits,
)
from .services import captcha, lockout
from .store.outbox import SENT
from .store.portal import PortalRepository


def _kept(values: dict) -> dict:
    return values


def _shown(value: Any) -> Any:
    """Text shown in a page: left to Jinja's autoescaping."""
    return value


def _owns(person: dict, record: dict) -> bool:
    return record["person_id"] == person["id"]


def _agreed(form) -> bool:
    return form.get("agree") == "yes"


def _same(key: str) -> str:
    return key


def _history(events: list[dict]) -> list[dict]:
    return events


def _recipient(phone: str) -> str:
    return phone


def _unread_count(messages: list) -> int:
    return sum(1 for message in messages if message.unread)


def _received(row: dict) -> bool:
    """Whether an outbox row is a site message (我的消息): sent, and not a verification code."""
    return row["state"] == SENT and not row["verification_code"]


def _evaluated(existing: dict | None) -> bool:
    return existing is not None


@dataclass(frozen=True)
class Rules:
    """Every rule an app may have swapped by a defect, defaulting to the domain's own."""

    contribution_year: Callable[[date], int] = limits.contribution_year
    limits_for_year: Callable[..., limits.YearLimits] = limits.limits_for_year
    clamp: Callable[[Decimal, limits.YearLimits], limits.AppliedBase] = limits.clamp
    assess: Callable[..., eligibility.Eligibility] = eligibility.assess
    compose_number: Callable[[str, date, int], str] = case_numbers.compose
    captcha_matches: Callable[[str | None, str], bool] = captcha.matches
    locks: tuple[lockout.Lock, ...] = lockout.LOCKS
    redirect_allowed: Callable[[str, tuple[str, ...]], bool] = (
        lambda given, registered: given in registered)
    agreed: Callable[[Any], bool] = _agreed
    kept_on_previous: Callable[[dict], dict] = _kept
    kept_in_draft: Callable[[dict], dict] = _kept
    submission_key: Callable[[str], str] = _same
    owns: Callable[[dict, dict], bool] = _owns
    history: Callable[[list[dict]], list[dict]] = _history
    case_text: Callable[[str], str] = _same
    sms_recipient: Callable[[str], str] = _recipient
    shown: Callable[[Any], Any] = _shown
    label_for: Callable[[str], str] = _same
    #: 我的办件 and 我的空间 bring cases up to the clock before showing them.
    advance_in_space: bool = True
    unread_count: Callable[[list], int] = _unread_count
    #: The day the payment ledger is judged on (the mock clock's).
    ledger_day: Callable[[date], date] = _same
    token_matches: Callable[[str, str], bool] = constant_time.equal
    #: The identity platform's background, a gradient from top to bottom: its lighter colour
    #: keeps the white header text at WCAG AA (4.5:1 for small text, opacity included).
    sky: tuple[str, str] = ("#0b4ea2", "#1a5fb4")
    #: Style sheet rules the portal's pages add after portal.css: none (a visual defect's CSS).
    restyle: str = ""
    #: The captcha's image sits in a button, which the keyboard reaches and presses.
    captcha_refresh_button: bool = True
    #: With a token set, the guard covers every /__admin path, not only the routes that exist.
    admin_guards_every_path: bool = True
    #: 中断缴费: the month a person interrupted in, judged on their ledger.
    interrupted_in: Callable[..., date | None] = interruption.interrupted_in
    #: 缴费记录's months, from the declaration, the deductions, breaks and a suspension.
    build_ledger: Callable[..., ledger.Ledger] = ledger.ledger
    #: The 事项编码 suffix of a 恢复缴费 办件单号.
    resumption_suffix: str = case_numbers.RESUMPTION_SUFFIX
    #: Which outbox rows are site messages in 我的消息.
    received: Callable[[dict], bool] = _received
    #: Whether a case's evaluation so far stops another one (立即评价, once per case).
    evaluated: Callable[[dict | None], bool] = _evaluated
    keep_evaluation: Callable[..., bool] = PortalRepository.save_evaluation
    #: Free text (评价内容) with characters that are no writing, refused.
    unreadable: Callable[[str], bool] = free_text.unreadable
    #: A query string or urlencoded form that is UTF-8; any other is refused.
    is_utf8: Callable[[bytes], bool] = free_text.is_utf8
    #: Blueprints whose form POSTs go without a CSRF token (besides each app's own exemptions).
    csrf_exempt: tuple[str, ...] = ()
    #: The largest request body either app reads (MAX_CONTENT_LENGTH).
    max_body_bytes: int = MAX_BODY_BYTES
    #: The graphic captcha's text alternative.
    captcha_alt: str = "图形验证码，点击刷新"
    #: Settings fields this app runs with instead of the deployment's (a defect's values).
    settings: dict[str, Any] = field(default_factory=dict)

    def limits_on(self, day: date, table: limits.Table) -> limits.YearLimits:
        """The limits in force on `day`, from `table` (the mock's, which the control API may
        have overridden)."""
        return self.limits_for_year(self.contribution_year(day), table)

    def swapped(self, **fields) -> Rules:
        """These rules with `fields` replaced (settings merged)."""
        if "settings" in fields:
            fields["settings"] = {**self.settings, **fields["settings"]}
        return replace(self, **fields)


#: The rules of an app that has none installed (and outside a request).
DEFAULT = Rules()


def install(app: Flask, rules: Rules) -> None:
    """Give `app` its rules: on app.extensions, and the per-app template filter and global."""
    app.extensions["rules"] = rules
    app.add_template_filter(lambda value: rules.shown(value), "shown")
    app.add_template_global(lambda name: rules.label_for(name), "label_for")
    app.add_template_global(rules.sky, "sky")
    app.add_template_global(rules.captcha_refresh_button, "captcha_refresh_button")
    app.add_template_global(rules.restyle, "restyle")
    app.add_template_global(rules.captcha_alt, "captcha_alt")


def current() -> Rules:
    """The rules of the app handling this request (DEFAULT outside an app)."""
    if has_app_context():
        return current_app.extensions.get("rules", DEFAULT)
    return DEFAULT


def unescaped(value: Any) -> Markup:
    """A defect's `shown`: the text put in the page as markup (never escaped)."""
    return Markup(value)
