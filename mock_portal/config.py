"""Settings shared by both origins, with the defaults the mock documents."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field

#: The portal's registered OAuth2 client at the identity platform.
PORTAL_CLIENT_ID = "bjzwfw-portal"


#: The largest request body either origin reads (MAX_CONTENT_LENGTH): more is refused with 413.
#: Every form of the mock is a few hundred bytes; 1 MiB leaves room and bounds what a hostile
#: client can make the server hold.
MAX_BODY_BYTES = 1024 * 1024

#: How many digits every graphic captcha has (the guide's picture shows 1488).
CAPTCHA_LENGTH = 4

#: 已办结's results, as `default_result` may name them.
CASE_RESULTS = ("通过", "不予通过")


class InvalidSetting(ValueError):
    """A start-up value (flag or MOCK_PORTAL_* variable) that cannot be used; str() names it."""


def parse_minutes(value: str, name: str) -> int:
    """A whole, non-negative number of minutes, or InvalidSetting naming `name`."""
    return parse_count(value, name, "minutes", least=0)


def parse_count(value: str, name: str, unit: str, least: int = 1) -> int:
    """A whole number of `unit`, `least` or more, or InvalidSetting naming `name`."""
    text = str(value).strip()
    if not text.isascii() or not text.isdigit() or int(text) < least:
        raise InvalidSetting(f"{name}: expected a whole number of {unit} ({least} or more), "
                             f"got {value!r}")
    return int(text)


def parse_captcha(value: str, name: str) -> str:
    """The fixed graphic captcha: exactly CAPTCHA_LENGTH ASCII digits, as the login form takes."""
    if len(value) != CAPTCHA_LENGTH or not value.isascii() or not value.isdigit():
        raise InvalidSetting(f"{name}: expected {CAPTCHA_LENGTH} digits (the login form takes "
                             f"no other), got {value!r}")
    return value


def parse_case_result(value: str, name: str) -> str:
    """One of CASE_RESULTS, or InvalidSetting naming `name`."""
    if value not in CASE_RESULTS:
        raise InvalidSetting(f"{name}: expected {' or '.join(CASE_RESULTS)}, got {value!r}")
    return value


def defect_names(text: str | None) -> tuple[str, ...]:
    """Defect names from `a,b` (spaces and empty parts ignored), each once, in the order given."""
    return tuple(dict.fromkeys(part.strip() for part in (text or "").split(",") if part.strip()))


@dataclass(frozen=True)
class Settings:
    """Everything either origin needs to know about its deployment."""

    database: str = "var/portal.db"
    portal_url: str = "http://127.0.0.1:8000"
    idp_url: str = "http://localhost:8001"
    test_mode: bool = False
    #: Fixed graphic captcha (MOCK_PORTAL_CAPTCHA); None draws random digits.
    captcha: str | None = None
    client_secret: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    #: Idle time (mock clock) after which a portal session ends.
    session_idle_minutes: int = 30
    #: Idle time (mock clock) after which an identity-platform (SSO) session ends.
    idp_session_idle_minutes: int = 30
    #: Lifetime of an authorization code.
    code_ttl_seconds: int = 60
    #: SMS verification codes (短信验证码): lifetime, resend interval, codes a phone may get a
    #: day, wrong tries before a code is void (all assumptions, docs/domain.md §5).
    sms_code_ttl_seconds: int = 300
    sms_resend_seconds: int = 60
    sms_daily_limit: int = 10
    sms_code_attempts: int = 5
    #: Case lifecycle (mock clock): 已提交 → 已受理 → 已办结, the same day, with the default
    #: result (通过 or 不予通过, the latter with `default_reason`); docs/domain.md §7.1.
    accept_after_minutes: int = 5
    complete_after_minutes: int = 30
    default_result: str = "通过"
    default_reason: str = "经审核，申报信息不符合办理条件"
    #: The largest request body either origin reads (MAX_CONTENT_LENGTH).
    max_body_bytes: int = MAX_BODY_BYTES
    #: Requests the journal keeps (test mode), the oldest forgotten first.
    journal_size: int = 2000
    #: With a value, every control-API call needs `Authorization: Bearer <admin_token>`
    #: (MOCK_PORTAL_ADMIN_TOKEN); None leaves the control API open, as test mode always was.
    admin_token: str | None = None
    #: Seeded defects switched on (test mode only; mock_portal/defects/, MOCK_PORTAL_DEFECTS).
    defects: tuple[str, ...] = ()
    secret_key: str = field(default_factory=lambda: secrets.token_hex(32))

    @property
    def redirect_uri(self) -> str:
        """The one callback URI the portal registered at the identity platform."""
        return self.portal_url.rstrip("/") + "/oauth/callback"

    @property
    def post_logout_redirect_uri(self) -> str:
        """Where the identity platform may send a person after logging them out: the portal."""
        return self.portal_url.rstrip("/") + "/"

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        """Defaults, then MOCK_PORTAL_* environment variables, then explicit overrides."""
        env = {}
        if os.environ.get("MOCK_PORTAL_CAPTCHA"):
            env["captcha"] = parse_captcha(os.environ["MOCK_PORTAL_CAPTCHA"],
                                           "MOCK_PORTAL_CAPTCHA")
        if os.environ.get("MOCK_PORTAL_SESSION_IDLE_MINUTES"):
            env["session_idle_minutes"] = parse_count(
                os.environ["MOCK_PORTAL_SESSION_IDLE_MINUTES"],
                "MOCK_PORTAL_SESSION_IDLE_MINUTES", "minutes")
        if os.environ.get("MOCK_PORTAL_IDP_SESSION_IDLE_MINUTES"):
            env["idp_session_idle_minutes"] = parse_count(
                os.environ["MOCK_PORTAL_IDP_SESSION_IDLE_MINUTES"],
                "MOCK_PORTAL_IDP_SESSION_IDLE_MINUTES", "minutes")
        if os.environ.get("MOCK_PORTAL_ACCEPT_AFTER_MINUTES"):
            env["accept_after_minutes"] = parse_minutes(
                os.environ["MOCK_PORTAL_ACCEPT_AFTER_MINUTES"], "MOCK_PORTAL_ACCEPT_AFTER_MINUTES")
        if os.environ.get("MOCK_PORTAL_COMPLETE_AFTER_MINUTES"):
            env["complete_after_minutes"] = parse_minutes(
                os.environ["MOCK_PORTAL_COMPLETE_AFTER_MINUTES"],
                "MOCK_PORTAL_COMPLETE_AFTER_MINUTES")
        if os.environ.get("MOCK_PORTAL_DEFAULT_RESULT"):
            env["default_result"] = parse_case_result(
                os.environ["MOCK_PORTAL_DEFAULT_RESULT"], "MOCK_PORTAL_DEFAULT_RESULT")
        if os.environ.get("MOCK_PORTAL_JOURNAL_SIZE"):
            env["journal_size"] = parse_count(os.environ["MOCK_PORTAL_JOURNAL_SIZE"],
                                              "MOCK_PORTAL_JOURNAL_SIZE", "requests")
        if os.environ.get("MOCK_PORTAL_DEFECTS"):
            env["defects"] = defect_names(os.environ["MOCK_PORTAL_DEFECTS"])
        if os.environ.get("MOCK_PORTAL_ADMIN_TOKEN"):
            env["admin_token"] = os.environ["MOCK_PORTAL_ADMIN_TOKEN"]
        return cls(**{**env, **overrides})
