"""Seeded defects of the identity platform: captcha, lockout, SMS codes, redirects and
sessions (area `identity`)."""

from __future__ import annotations

from datetime import timedelta

from ..domain.accounts import LOCKS, Lock
from .defect import Defect


def _captcha_any(expected: str | None, typed: str) -> bool:
    return bool(typed.strip())


CAPTCHA_NOT_CHECKED = Defect(
    "captcha-not-checked", "identity",
    "Any four characters pass the graphic captcha.",
    rules={"captcha_matches": _captcha_any})

LOCKOUT_AFTER_SIX = Defect(
    "lockout-after-six", "identity",
    "The account is locked after the sixth wrong password instead of the fifth.",
    rules={"locks": (Lock(6, LOCKS[0].duration, LOCKS[0].message), LOCKS[1])})

LOCKOUT_TEN_MINUTES = Defect(
    "lockout-ten-minutes", "identity",
    "The first lock ends after 10 minutes instead of an hour.",
    rules={"locks": (Lock(5, timedelta(minutes=10), LOCKS[0].message), LOCKS[1])})

NO_24_HOUR_LOCK = Defect(
    "no-24-hour-lock", "identity",
    "Ten wrong passwords lock the account for one hour, like five.",
    rules={"locks": (LOCKS[0], Lock(10, LOCKS[0].duration, LOCKS[1].message))})

SMS_CODE_NEVER_EXPIRES = Defect(
    "sms-code-never-expires", "identity",
    "An SMS code stays valid for a day instead of 5 minutes.",
    settings={"sms_code_ttl_seconds": 86400})

SMS_COUNTDOWN_MISSING = Defect(
    "sms-countdown-missing", "identity",
    "A new SMS code can be asked for at once, without the 60-second countdown.",
    settings={"sms_resend_seconds": 0})

SMS_CODE_NEVER_VOID = Defect(
    "sms-code-never-void", "identity",
    "Wrong tries never make an SMS code void.",
    settings={"sms_code_attempts": 1000})


def _same_host(given: str, registered: tuple[str, ...]) -> bool:
    return any(given.split("/")[:3] == uri.split("/")[:3] for uri in registered)


REDIRECT_HOST_ONLY = Defect(
    "redirect-host-only", "identity",
    "The platform accepts any redirect_uri on the portal's host, not only the registered one.",
    gates={"redirect_allowed": _same_host})

SESSION_NEVER_IDLES = Defect(
    "session-never-idles", "identity",
    "The portal's session never ends however long it is idle.",
    settings={"session_idle_minutes": 100000})

SSO_SESSION_NEVER_IDLES = Defect(
    "sso-session-never-idles", "identity",
    "The identity platform's SSO session never ends however long it is idle.",
    settings={"idp_session_idle_minutes": 100000})

AUTH_CODE_LIVES_AN_HOUR = Defect(
    "auth-code-lives-an-hour", "identity",
    "An authorization code can be exchanged for an hour instead of 60 seconds.",
    settings={"code_ttl_seconds": 3600})

DEFECTS = (CAPTCHA_NOT_CHECKED, LOCKOUT_AFTER_SIX, LOCKOUT_TEN_MINUTES, NO_24_HOUR_LOCK,
           SMS_CODE_NEVER_EXPIRES, SMS_COUNTDOWN_MISSING, SMS_CODE_NEVER_VOID, REDIRECT_HOST_ONLY,
           SESSION_NEVER_IDLES, SSO_SESSION_NEVER_IDLES, AUTH_CODE_LIVES_AN_HOUR)
