"""Seeded defects: small, plausible bugs a test-mode portal can be started with (`--defects`).

Each is a name, an area (also the pytest marker of the tests about it) and one sentence, and
swaps one rule or value of `rules.Rules` (or one setting) for the apps built with it; the domain
modules never change. `make mutation` runs the suite against each (scripts/mutation.py).
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from .domain import (
    case_numbers,
    credit_codes,
    eligibility,
    id_numbers,
    interruption,
    ledger,
    limits,
    retirement,
)
from .domain.cycles import CYCLES, MONTHLY
from .rules import DEFAULT, Rules, unescaped
from .services import lockout
from .store.outbox import SENT
from .store.portal import PortalRepository


class UnknownDefect(ValueError):
    """A defect name not in the catalogue; str() names it and the nearest known ones."""


@dataclass(frozen=True)
class Defect:
    """One seeded bug: what it is called, where it lives, what goes wrong, what it swaps."""

    name: str
    area: str
    description: str
    swaps: dict[str, Any]

    def listing(self, on: bool) -> dict:
        return {"name": self.name, "area": self.area, "description": self.description, "on": on}


# --- the swapped rules (each a small bug on top of the domain's own function) ---

def _upper_exclusive(typed: Decimal, year: limits.YearLimits) -> limits.AppliedBase:
    applied = limits.clamp(typed, year)
    if typed == year.upper:
        return dataclasses.replace(applied, reason=limits.ABOVE_UPPER.format(
            limits.format_yuan(year.upper)))
    return applied


def _lower_not_applied(typed: Decimal, year: limits.YearLimits) -> limits.AppliedBase:
    applied = limits.clamp(typed, year)
    return dataclasses.replace(applied, applied=typed) if typed < year.lower else applied


def _rounded_down(typed: Decimal, year: limits.YearLimits) -> limits.AppliedBase:
    return limits.clamp(typed.to_integral_value(rounding="ROUND_DOWN"), year)


def _last_years_limits(year: int, table=None) -> limits.YearLimits:
    earlier = limits.limits_for_year(year - 1, table)
    return dataclasses.replace(earlier, year=year)


def _never_provisional(year: int, table=None) -> limits.YearLimits:
    return dataclasses.replace(limits.limits_for_year(year, table), provisional=False)


def _calendar_year(day: date) -> int:
    return day.year


def _year_turns_in_june(day: date) -> int:
    return day.year if day.month >= 6 else day.year - 1


def _months_later(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


def _reform_ignored(status: str, id_number: str, track: str, today: date):
    birth = id_numbers.parse(id_number).birth_date
    delay = retirement.delay_months(retirement.TRACKS[track], birth)
    return eligibility.assess(status, id_number, track, _months_later(today, delay))


def _monthly_only_missing(status: str, id_number: str, track: str, today: date):
    assessed = eligibility.assess(status, id_number, track, today)
    return dataclasses.replace(assessed, cycles=CYCLES, cycle_note=None)


def _suspended_may_declare(status: str, id_number: str, track: str, today: date):
    return eligibility.assess("normal" if status == "suspended" else status, id_number, track,
                              today)


def _day_month_swapped(department: str, day: date, sequence: int) -> str:
    number = case_numbers.compose(department, day, sequence)
    return number[:33] + f"{day:%Y%d%m}" + number[41:]


def _sequence_from_zero(department: str, day: date, sequence: int) -> str:
    return case_numbers.compose(department, day, sequence)[:41] + f"{sequence - 1:04d}"


def _check_character_dropped(department: str, day: date, sequence: int) -> str:
    number = case_numbers.compose(department, day, sequence)
    wrong = next(c for c in credit_codes.USCC_ALPHABET if c != department[17])
    return number[:17] + wrong + number[18:]


def _captcha_any(expected: str | None, typed: str) -> bool:
    return bool(typed.strip())


def _same_host(given: str, registered: tuple[str, ...]) -> bool:
    return any(given.split("/")[:3] == uri.split("/")[:3] for uri in registered)


def _previous_forgets(values: dict) -> dict:
    return {"wage": "", "cycle": MONTHLY}


def _draft_without_cycle(values: dict) -> dict:
    return {**values, "cycle": MONTHLY}


def _fresh_key(key: str) -> str:
    return f"{key}-{id(object())}"


def _latest_only(events: list[dict]) -> list[dict]:
    return events[-1:]


def _without_number(template: str) -> str:
    return template.replace("（办件单号：{number}）", "")


def _a_month_later(day: date) -> date:
    return day + timedelta(days=31)


def _next_phone(phone: str) -> str:
    return phone[:-1] + str((int(phone[-1]) + 1) % 10)


def _part_payment_counts(of: ledger.Ledger, today: date, since: date | None = None):
    # A month paid in part is taken as paid: only months with nothing paid count.
    months = tuple(dataclasses.replace(m, owed=ledger.ZERO) if m.paid > 0 else m
                   for m in of.months)
    return interruption.interrupted_in(dataclasses.replace(of, months=months), today, since)


def _failed_deduction_paid(declaration, deductions, today, breaks=(), suspended_from=None):
    # "Was a deduction recorded?" instead of "was the amount due deducted?".
    built = ledger.ledger(declaration, deductions, today, breaks, suspended_from)
    months = tuple(dataclasses.replace(m, owed=ledger.ZERO, state=ledger.PAID)
                   if deductions.get(m.month) and m.state in (ledger.PENDING, ledger.OVERDUE)
                   else m for m in built.months)
    return dataclasses.replace(built, months=months)


def _suspended_from_next_month(declaration, deductions, today, breaks=(), suspended_from=None):
    later = suspended_from and ledger.add_months(suspended_from, 1)
    return ledger.ledger(declaration, deductions, today, breaks, later)


def _voluntary_months_owed(declaration, deductions, today, breaks=(), suspended_from=None):
    built = ledger.ledger(declaration, deductions, today, breaks, suspended_from)
    months = tuple(dataclasses.replace(m, state=ledger.state_of(m.owed, m.due_by, today))
                   if m.state == ledger.VOLUNTARY else m for m in built.months)
    return dataclasses.replace(built, months=months)


def _only_replacement_character(text: str) -> bool:
    return "\ufffd" in text


_LOCK_AFTER_SIX = (lockout.Lock(6, lockout.LOCKS[0].duration, lockout.LOCKS[0].message),
                   lockout.LOCKS[1])
_LOCK_TEN_MINUTES = (lockout.Lock(5, timedelta(minutes=10), lockout.LOCKS[0].message),
                     lockout.LOCKS[1])
_NO_LONG_LOCK = (lockout.LOCKS[0],
                 lockout.Lock(10, lockout.LOCKS[0].duration, lockout.LOCKS[1].message))


CATALOGUE: tuple[Defect, ...] = (
    Defect("upper-limit-exclusive", "limits",
           "A wage equal to the upper limit is told it is above the upper limit.",
           {"clamp": _upper_exclusive}),
    Defect("lower-limit-not-applied", "limits",
           "A wage below the lower limit keeps the wage as the base instead of the lower limit.",
           {"clamp": _lower_not_applied}),
    Defect("wage-cents-dropped", "limits",
           "The base is worked out from the wage with its 角 and 分 cut off.",
           {"clamp": _rounded_down}),
    Defect("last-years-limits", "limits",
           "Each contribution year gets the limits published for the year before.",
           {"limits_for_year": _last_years_limits}),
    Defect("provisional-limits-unmarked", "limits",
           "Limits borrowed from an earlier year are not marked as provisional.",
           {"limits_for_year": _never_provisional}),
    Defect("calendar-contribution-year", "contribution_year",
           "The contribution year follows the calendar year instead of July to June.",
           {"contribution_year": _calendar_year}),
    Defect("contribution-year-turns-in-june", "contribution_year",
           "The new contribution year starts on 1 June instead of 1 July.",
           {"contribution_year": _year_turns_in_june}),
    Defect("retirement-reform-ignored", "retirement",
           "Eligibility uses the retirement age before the 2025 reform (no delay months).",
           {"assess": _reform_ignored}),
    Defect("monthly-only-rule-missing", "retirement",
           "Someone within 12 months of retirement may still choose a longer cycle.",
           {"assess": _monthly_only_missing}),
    Defect("suspended-may-declare", "eligibility",
           "A person whose contributions are suspended is let through 用户须知.",
           {"assess": _suspended_may_declare}),
    Defect("case-number-day-month-swapped", "case_number",
           "The 办件单号's date is written year, day, month.",
           {"compose_number": _day_month_swapped}),
    Defect("case-number-sequence-from-zero", "case_number",
           "The day's first case is numbered 0000 instead of 0001.",
           {"compose_number": _sequence_from_zero}),
    Defect("case-number-check-character", "case_number",
           "The department's credit code in the 办件单号 has a wrong check character.",
           {"compose_number": _check_character_dropped}),
    Defect("captcha-not-checked", "identity",
           "Any four characters pass the graphic captcha.",
           {"captcha_matches": _captcha_any}),
    Defect("lockout-after-six", "identity",
           "The account is locked after the sixth wrong password instead of the fifth.",
           {"locks": _LOCK_AFTER_SIX}),
    Defect("lockout-ten-minutes", "identity",
           "The first lock ends after 10 minutes instead of an hour.",
           {"locks": _LOCK_TEN_MINUTES}),
    Defect("no-24-hour-lock", "identity",
           "Ten wrong passwords lock the account for one hour, like five.",
           {"locks": _NO_LONG_LOCK}),
    Defect("sms-code-never-expires", "identity",
           "An SMS code stays valid for a day instead of 5 minutes.",
           {"settings": {"sms_code_ttl_seconds": 86400}}),
    Defect("sms-countdown-missing", "identity",
           "A new SMS code can be asked for at once, without the 60-second countdown.",
           {"settings": {"sms_resend_seconds": 0}}),
    Defect("sms-code-never-void", "identity",
           "Wrong tries never make an SMS code void.",
           {"settings": {"sms_code_attempts": 1000}}),
    Defect("redirect-host-only", "identity",
           "The platform accepts any redirect_uri on the portal's host, not only the registered one.",
           {"redirect_allowed": _same_host}),
    Defect("session-never-idles", "identity",
           "The portal's session never ends however long it is idle.",
           {"settings": {"session_idle_minutes": 100000}}),
    Defect("sso-session-never-idles", "identity",
           "The identity platform's SSO session never ends however long it is idle.",
           {"settings": {"idp_session_idle_minutes": 100000}}),
    Defect("auth-code-lives-an-hour", "identity",
           "An authorization code can be exchanged for an hour instead of 60 seconds.",
           {"settings": {"code_ttl_seconds": 3600}}),
    Defect("previous-loses-values", "form",
           "上一步 from 在线填表 forgets the wage and cycle typed.",
           {"kept_on_previous": _previous_forgets}),
    Defect("draft-loses-cycle", "form",
           "保存草稿 keeps the wage but stores the cycle as 按月缴费.",
           {"kept_in_draft": _draft_without_cycle}),
    Defect("agreement-gate-skippable", "form",
           "进入办事 works without ticking the agreement.",
           {"agreed": lambda form: True}),
    Defect("double-submit-two-cases", "form",
           "Submitting the same confirmation twice makes two cases.",
           {"submission_key": _fresh_key}),
    Defect("another-persons-case-visible", "space",
           "查看详情 shows a case of another person to whoever has its number.",
           {"owns": lambda person, record: True}),
    Defect("history-latest-only", "space",
           "办理过程 shows only the latest change of a case.",
           {"history": _latest_only}),
    Defect("status-not-advanced", "space",
           "我的办件 shows cases as the clock left them at the last submission, not as now.",
           {"advance_in_space": False}),
    Defect("sms-without-case-number", "sms",
           "Case messages leave out the 办件单号.",
           {"case_text": _without_number}),
    Defect("sms-to-wrong-phone", "sms",
           "Case messages go to a phone one digit away from the applicant's.",
           {"sms_recipient": _next_phone}),
    Defect("comment-unescaped", "escaping",
           "The evaluation's comment is put into 查看详情 as markup, not text.",
           {"shown": unescaped}),
    Defect("wage-label-lost", "accessibility",
           "The 缴费工资 label no longer names its input.",
           {"label_for": lambda name: "" if name == "wage" else name}),
    Defect("pale-sky", "accessibility",
           "The identity platform's blue fades to a paler one, too light for its white text.",
           {"sky": ("#0b4ea2", "#2f7dd1")}),
    Defect("captcha-refresh-mouse-only", "accessibility",
           "The captcha's image is no longer in a button: only a mouse click draws a new one.",
           {"captcha_refresh_button": False}),
    Defect("ledger-a-month-ahead", "payments",
           "缴费记录 judges each month as of a month later, so this month's contribution shows as 欠缴.",
           {"ledger_day": _a_month_later}),
    Defect("unread-counts-every-message", "messages",
           "我的消息's unread count counts the messages already opened too.",
           {"unread_count": len}),
    Defect("interruption-ignores-part-payments", "payments",
           "A month paid in part does not count towards 中断缴费, which asks for months paid in full.",
           {"interrupted_in": _part_payment_counts}),
    Defect("failed-deduction-counts-as-paid", "payments",
           "A month with a failed deduction (\"0\") recorded shows as 已缴清.",
           {"build_ledger": _failed_deduction_paid}),
    Defect("suspension-from-next-month", "payments",
           "暂停缴费 stops from the next month: this month stays due and what was paid for it is "
           "not refunded.",
           {"build_ledger": _suspended_from_next_month}),
    Defect("voluntary-months-owed", "payments",
           "After 暂停缴费 the unpaid months of its period show as 待缴/欠缴, not 可自愿缴纳.",
           {"build_ledger": _voluntary_months_owed}),
    Defect("resumption-numbered-as-declaration", "payments",
           "A 恢复缴费 办件单号 ends in the declaration's 业务办理项 02 instead of 03.",
           {"resumption_suffix": case_numbers.HANDLING_SUFFIX}),
    Defect("verification-codes-in-messages", "messages",
           "我的消息 lists the SMS verification codes sent to the phone among the messages.",
           {"received": lambda row: row["state"] == SENT}),
    Defect("unsent-messages-shown", "messages",
           "我的消息 shows messages still 待发送 or 发送失败 at the gateway as received.",
           {"received": lambda row: not row["verification_code"]}),
    Defect("evaluation-accepted-twice", "evaluation",
           "立即评价 takes a second evaluation of a case, replacing the first, instead of 409.",
           {"evaluated": lambda existing: False,
            "keep_evaluation": PortalRepository.replace_evaluation}),
    Defect("control-characters-kept", "hostile_input",
           "评价内容 with control characters or bidirectional overrides is kept; only bytes that "
           "were not UTF-8 are refused.",
           {"unreadable": _only_replacement_character}),
    Defect("gbk-form-accepted", "hostile_input",
           "A form or query string that is not UTF-8 (GBK) is read as mojibake, not refused.",
           {"is_utf8": lambda raw: True}),
    Defect("suspension-without-csrf", "hostile_input",
           "暂停缴费 and 恢复缴费 (POST /space/payments/…) go through without the form's CSRF token.",
           {"csrf_exempt": ("payments",)}),
    Defect("body-limit-ten-mib", "hostile_input",
           "Request bodies up to 10 MiB are read instead of being refused over 1 MiB (413).",
           {"max_body_bytes": 10 * 1024 * 1024}),
    Defect("captcha-alt-lost", "accessibility",
           "The graphic captcha's image has an empty text alternative.",
           {"captcha_alt": ""}),
    Defect("admin-unknown-path-unguarded", "admin",
           "With a token set, an unknown /__admin path answers 404 without it, so paths can be "
           "probed.",
           {"admin_guards_every_path": False}),
    Defect("admin-token-any-bearer", "admin",
           "The control API lets any bearer token through, not only the portal's own.",
           {"token_matches": lambda given, expected: bool(given)}),
    # Only a picture shows these: texts, roles and names stay as they were.
    Defect("buttons-turn-orange", "visual",
           "The portal's red buttons (进入办事, 下一步, 提交) turn orange.",
           {"restyle": ".btn { background: #fa8c16; border-color: #fa8c16; }"}),
    Defect("form-labels-align-left", "visual",
           "在线填表's and 信息确认's labels lose their right alignment beside their fields.",
           {"restyle": ".form-row label, .form-row .term, dl.values dt { text-align: left; }"}),
    Defect("notice-text-shrinks", "visual",
           "用户须知's rules are set a size smaller.",
           {"restyle": ".notice ol li { font-size: 13px; }"}),
)

BY_NAME = {defect.name: defect for defect in CATALOGUE}
AREAS = tuple(dict.fromkeys(defect.area for defect in CATALOGUE))


def check(names: tuple[str, ...]) -> None:
    """UnknownDefect for the first name not in the catalogue, naming the nearest."""
    for name in names:
        if name not in BY_NAME:
            near = difflib.get_close_matches(name, BY_NAME, n=3)
            hint = (f"did you mean {', '.join(near)}?" if near
                    else f"known: {', '.join(BY_NAME)}")
            raise UnknownDefect(f"unknown defect {name!r}; {hint}")


def rules_with(names: tuple[str, ...], base: Rules = DEFAULT) -> Rules:
    """`base` with the swaps of every named defect, in order (UnknownDefect for a bad name)."""
    check(names)
    rules = base
    for name in names:
        rules = rules.swapped(**BY_NAME[name].swaps)
    return rules


def listing(names: tuple[str, ...]) -> list[dict]:
    """The whole catalogue, each with `on` when it is among `names`."""
    return [defect.listing(defect.name in names) for defect in CATALOGUE]


class DefectsOutsideTestMode(ValueError):
    """Defects asked for without test mode; str() says so."""


def applied(settings):
    """The settings and rules an app is built with: the deployment's, with its defects swapped
    in (UnknownDefect, or DefectsOutsideTestMode when defects are asked for outside test mode)."""
    if settings.defects and not settings.test_mode:
        raise DefectsOutsideTestMode(
            f"defects ({', '.join(settings.defects)}) are for test mode only; "
            "add --test-mode or leave out --defects and MOCK_PORTAL_DEFECTS")
    rules = rules_with(settings.defects)
    if rules.settings:
        settings = dataclasses.replace(settings, **rules.settings)
    return settings, rules
