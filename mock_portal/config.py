"""Settings shared by both origins, with the defaults the mock documents."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field

#: The portal's registered OAuth2 client at the identity platform.
PORTAL_CLIENT_ID = "bjzwfw-portal"


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
    #: day, wrong tries before a code is void (all assumptions, DOMAIN §5).
    sms_code_ttl_seconds: int = 300
    sms_resend_seconds: int = 60
    sms_daily_limit: int = 10
    sms_code_attempts: int = 5
    #: Case lifecycle (mock clock): 已提交 → 已受理 → 已办结, the same day.
    accept_after_minutes: int = 5
    complete_after_minutes: int = 30
    #: Requests the journal keeps (test mode), the oldest forgotten first.
    journal_size: int = 2000
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
            env["captcha"] = os.environ["MOCK_PORTAL_CAPTCHA"]
        if os.environ.get("MOCK_PORTAL_SESSION_IDLE_MINUTES"):
            env["session_idle_minutes"] = int(os.environ["MOCK_PORTAL_SESSION_IDLE_MINUTES"])
        if os.environ.get("MOCK_PORTAL_IDP_SESSION_IDLE_MINUTES"):
            env["idp_session_idle_minutes"] = int(
                os.environ["MOCK_PORTAL_IDP_SESSION_IDLE_MINUTES"])
        if os.environ.get("MOCK_PORTAL_JOURNAL_SIZE"):
            env["journal_size"] = int(os.environ["MOCK_PORTAL_JOURNAL_SIZE"])
        return cls(**{**env, **overrides})
