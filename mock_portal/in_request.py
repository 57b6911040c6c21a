"""What a view hands the services: the mock clock's time for the request (read once), the SMS
gateway, and the services every view calls the same way (cases brought up to the clock, a
person's payments settled, a person's ledger) over the request's store, settings and rules.

The services keep their arguments (docs/decisions.md D47, D48); these helpers only gather them
from the app handling the request, so a view names what it does, not where each part lives.
"""

from __future__ import annotations

from datetime import datetime

from flask import current_app, has_request_context, request

from . import conditions, web
from .domain.ledger import Ledger
from .services import cases, payments
from .services.sms_gateway import Gateway
from .store import get_store

#: Where the request keeps its time (its WSGI environ: one per request, never shared).
_NOW = "mock_portal.now"


def now() -> datetime:
    """The mock clock's time for this request, read at its first use, so every step of one
    request sees one moment; outside a request, the clock's time each call."""
    if not has_request_context():
        return conditions.current().clock.now()
    if _NOW not in request.environ:
        request.environ[_NOW] = conditions.current().clock.now()
    return request.environ[_NOW]


def gateway() -> Gateway:
    """The SMS gateway as it is now (PUT /__admin/sms-gateway replaces it whole)."""
    return conditions.current().gateway


def advance_due() -> list[str]:
    """Every status change due by now applied (cases.advance_due); what moved."""
    return cases.advance_due(get_store(), current_app.config["SETTINGS"], web.rules(), now(),
                             gateway())


def settle(person: dict) -> dict:
    """`person` with what fell due on their payments judged (payments.settle)."""
    return payments.settle(get_store(), current_app.config["SETTINGS"], web.rules(), person,
                           now(), gateway())


def ledger_of(person: dict) -> Ledger | None:
    """The person's ledger as of now, None before a declaration is 通过 (payments.ledger_of)."""
    return payments.ledger_of(get_store(), current_app.config["SETTINGS"], web.rules(), person,
                              now(), gateway())
