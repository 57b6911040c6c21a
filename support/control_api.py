"""The one client of the portal's control API (/__admin, test mode only), over any transport:
HTTP for a served portal, a Flask test client in-process."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

from .personas import Persona
from .transport import Answer, FlaskTransport, HttpTransport, Transport

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost")
#: The environment variable that gives the portal its control-API token, and the harness too.
TOKEN_VARIABLE = "MOCK_PORTAL_ADMIN_TOKEN"


def token_from_env() -> str | None:
    """The control API's token from the environment (MOCK_PORTAL_ADMIN_TOKEN), None if unset."""
    return os.environ.get(TOKEN_VARIABLE) or None


class ControlApiError(RuntimeError):
    """The control API refused a request; `field` names the field it blames, if any."""

    def __init__(self, status: int, message: str, field: str | None = None) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message
        self.field = field


def iso(when: datetime | str) -> str:
    """An ISO 8601 time with offset; naive times and strings without offset are Beijing time."""
    if isinstance(when, str):
        when = datetime.fromisoformat(when)
    if when.tzinfo is None:
        when = when.replace(tzinfo=BEIJING)
    return when.isoformat()


class ControlApi:
    """The control contract (docs/control-api.md): reset, persons, SMS, clock, cases and their
    lifecycle, limits, SMS codes, locks, sessions, the identity platform's availability, the
    journal and faults.
    Refusals raise ControlApiError; `call` gives the raw answer, for tests of the refusals
    themselves."""

    def __init__(self, transport: Transport, portal_url: str, token: str | None = None) -> None:
        self.transport = transport
        self.url = portal_url.rstrip("/") + "/__admin"
        #: Sent as `Authorization: Bearer …` with every call when the portal wants one.
        self.token = token

    @classmethod
    def over_http(cls, portal_url: str, timeout: float = 10.0,
                  token: str | None = None) -> ControlApi:
        """The control API of a served portal; `token` None takes MOCK_PORTAL_ADMIN_TOKEN from
        the environment (as the portal itself does), if set."""
        trust_env = urlsplit(portal_url).hostname not in LOOPBACK_HOSTS
        return cls(HttpTransport(timeout, trust_env=trust_env), portal_url,
                   token if token is not None else token_from_env())

    @classmethod
    def over_flask(cls, client, portal_url: str, token: str | None = None) -> ControlApi:
        """The control API of an in-process portal, through a test client of its own (so it
        never shares a person's cookies)."""
        return cls(FlaskTransport({portal_url: client}), portal_url, token)

    def call(self, method: str, path: str, **request: Any) -> Answer:
        """The raw answer to `method /__admin{path}` (params=, json=, content=, headers=), with
        the token when there is one (a `headers=` Authorization of the caller's own wins)."""
        if self.token:
            request["headers"] = {"Authorization": f"Bearer {self.token}",
                                  **(request.get("headers") or {})}
        return self.transport.send(method, self.url + path, **request)

    def _json(self, method: str, path: str, **request: Any) -> Any:
        answer = self.call(method, path, **request)
        if answer.status_code >= 400:
            try:
                body = answer.json()
            except ValueError:
                body = {"error": answer.text[:200]}
            raise ControlApiError(answer.status_code, body.get("error", answer.text[:200]),
                                  body.get("field"))
        return answer.json()

    # persons and what happened to them ---------------------------------------------------

    def reset(self) -> dict:
        """Empty every table, clock back to real time, demo personas re-seeded."""
        return self._json("POST", "/reset")

    def create_person(self, **fields: str) -> Persona:
        """Create a persona; the portal generates what is missing (ControlApiError on bad
        fields)."""
        return Persona.from_json(self._json("POST", "/persons", json=fields))

    def person(self, account: str) -> Persona:
        """The account named by 用户名, 手机号 or 身份证号 (e.g. one made through 立即注册)."""
        return Persona.from_json(self._json("GET", "/persons", params={"account": account}))

    def sms(self, phone: str) -> list[dict]:
        """Messages to `phone`, oldest first: [{"phone", "text", "sent_at", "state"}], `state`
        已发送, 待发送 (a slow gateway) or 发送失败 (a failing one)."""
        return self._json("GET", "/sms", params={"phone": phone})

    def cases(self, id_number: str) -> list[dict]:
        """That person's cases with number, status, values and history."""
        return self._json("GET", "/cases", params={"id_number": id_number})

    # the case lifecycle (docs/domain.md §7.1) ------------------------------------------------

    def case(self, number: str) -> dict:
        """One case with its values, result, reason and history."""
        return self._json("GET", f"/cases/{number}")

    def transition(self, number: str, to: str, result: str | None = None,
                   reason: str | None = None) -> dict:
        """Move a case to `to` (with result and reason where it needs them); the moved case.

        ControlApiError 409 with the reason for an illegal move, 400 naming a missing field.
        """
        body = {"to": to, **({"result": result} if result is not None else {}),
                **({"reason": reason} if reason is not None else {})}
        return self._json("POST", f"/cases/{number}/transition", json=body)

    def process(self) -> list[str]:
        """Apply every status change due now on the mock clock; the numbers of the cases moved."""
        return self._json("POST", "/process")["moved"]

    # payments (docs/domain.md §2.10) ------------------------------------------------------

    def record_payment(self, id_number: str, month: str, paid: str) -> dict:
        """Record what was deducted for `month` ("2026-07"); "0" is a failed deduction and
        several for one month add up. The ledger after it."""
        return self._json("POST", "/payments",
                          json={"id_number": id_number, "month": month, "paid": paid})

    def ledger(self, id_number: str) -> dict:
        """{"status", "contribution_year", "cycle", "base", "owed", "months": [{"month", "base",
        "due", "due_by", "paid", "owed", "refund", "state"}, …]}."""
        return self._json("GET", "/ledger", params={"id_number": id_number})

    # the clock and the limits --------------------------------------------------------------

    def set_clock(self, when: datetime | str, frozen: bool = False) -> dict:
        """Move the mock clock to `when`; it runs on from there unless `frozen`."""
        return self._json("PUT", "/clock", json={"now": iso(when), "frozen": frozen})

    def clock(self) -> dict:
        """{"now", "frozen", "real"}."""
        return self._json("GET", "/clock")

    def real_clock(self) -> dict:
        """Back to real time."""
        return self._json("DELETE", "/clock")

    def limits(self) -> dict:
        """The base limits table in use: {"2026": {"lower", "upper", …}, …}."""
        return self._json("GET", "/limits")

    def set_limits(self, table: dict) -> dict:
        """Replace the limits table: {"2026": {"lower": 7500, "upper": 37000}, …}."""
        return self._json("PUT", "/limits", json=table)

    def published_limits(self) -> dict:
        """Back to the published limits table."""
        return self._json("DELETE", "/limits")

    # the identity platform -----------------------------------------------------------------

    def sms_code_state(self, phone: str, purpose: str | None = None) -> dict:
        """The SMS code last sent to `phone` (for `purpose` login, register or reset, or any):
        {"phone", "purpose", "code", "sent_at", "expires_at", "state", …}."""
        params = {"phone": phone, **({"purpose": purpose} if purpose else {})}
        return self._json("GET", "/sms-code", params=params)

    def sms_code(self, phone: str, purpose: str | None = None) -> str:
        """The SMS code last sent to `phone` (for `purpose`, or any)."""
        return self.sms_code_state(phone, purpose)["code"]

    def lock(self, account: str, hours: int = 1) -> dict:
        """Lock an account as 5 (`hours` 1) or 10 (`hours` 24) wrong passwords do."""
        return self._json("PUT", "/lock", json={"account": account, "hours": hours})

    def unlock(self, account: str) -> dict:
        """Unlock an account and forget its wrong passwords."""
        return self._json("DELETE", "/lock", params={"account": account})

    def lock_state(self, account: str) -> dict:
        """The account's wrong passwords and lock."""
        return self._json("GET", "/lock", params={"account": account})

    def open_sessions(self, account: str) -> dict:
        """How many sessions of a person are open: {"portal": n, "identity": n}."""
        return self._json("GET", "/sessions", params={"account": account})["open"]

    def end_sessions(self, account: str) -> dict:
        """End every session of a person on both origins."""
        return self._json("DELETE", "/sessions", params={"account": account})

    def idp_state(self) -> dict:
        """{"up": true} unless 北京市统一身份认证平台 was taken down."""
        return self._json("GET", "/idp")

    def idp_down(self) -> dict:
        """Take 北京市统一身份认证平台 down: the portal's login says so, with 重试."""
        return self._json("PUT", "/idp", json={"up": False})

    def idp_up(self) -> dict:
        """Bring 北京市统一身份认证平台 back."""
        return self._json("PUT", "/idp", json={"up": True})

    def sms_gateway(self) -> dict:
        """The SMS gateway's mode: {"mode": "ok" | "slow" | "fail", "delay_minutes"}."""
        return self._json("GET", "/sms-gateway")

    def set_sms_gateway(self, mode: str, delay_minutes: int | None = None) -> dict:
        """Make the SMS gateway "ok", "slow" (send `delay_minutes` later by the mock clock,
        2 unless given) or "fail" (keep messages as 发送失败); "ok" sends what failed or waits."""
        body = {"mode": mode, **({"delay_minutes": delay_minutes} if delay_minutes else {})}
        return self._json("PUT", "/sms-gateway", json=body)

    def settings(self) -> dict:
        """Every portal-wide setting in one answer, each as its own GET gives it:
        {"clock", "limits", "faults", "idp", "sms_gateway"}."""
        return self._json("GET", "/settings")

    def defects(self) -> list[dict]:
        """The seeded defects the portal knows, each with whether it is on:
        [{"name", "area", "description", "on"}]."""
        return self._json("GET", "/defects")

    # the request journal and faults on demand ----------------------------------------------

    def journal(self, path: str | None = None, method: str | None = None,
                origin: str | None = None, last: int | None = None) -> list[dict]:
        """The requests the origins saw, oldest first (path a prefix; ID numbers and phones
        masked; `last`: only the newest N): [{"at", "origin", "method", "path", "status",
        "ms", "fault"}]."""
        query = {"path": path, "method": method, "origin": origin, "last": last}
        return self._json("GET", "/journal", params={k: v for k, v in query.items() if v})

    def clear_journal(self) -> list:
        """Forget the requests seen so far."""
        return self._json("DELETE", "/journal")

    def set_faults(self, *rules: dict) -> list[dict]:
        """Replace the fault rules: {"origin", "method", "path", "status", "delay_ms", "drop",
        "times"} each (path a prefix; origin "portal" or "idp", both if left out)."""
        return self._json("PUT", "/faults", json=list(rules))

    def faults(self) -> list[dict]:
        """The fault rules in force, with their hits and what is left of `times`."""
        return self._json("GET", "/faults")

    def clear_faults(self) -> list:
        """No fault any more."""
        return self._json("DELETE", "/faults")
