"""POST /__admin/payments and GET /__admin/ledger: deductions per month and the ledger
(docs/domain.md §2.10)."""

from __future__ import annotations

from flask import current_app, jsonify, request

from .. import in_request, web
from ..services import payments
from ..store import get_store
from . import _json_body, _problem, bp


def _person(id_number: object) -> tuple[dict | None, tuple | None]:
    """The person with that 身份证号, or the refusal naming `id_number`."""
    if not isinstance(id_number, str) or not id_number.strip():
        return None, _problem("id_number: required, the person's 身份证号", "id_number")
    person = get_store().identity.person_by_login(id_number.strip().upper())
    if person is None or person["id_number"] != id_number.strip().upper():
        return None, _problem(f"id_number: no person {id_number.strip()!r}", "id_number", 404)
    return person, None


@bp.post("/payments")
def record_payment():
    """Record what was deducted for a month: `{"id_number", "month": "2026-07", "paid": "1504.02"}`
    ("0" a failed deduction; several for a month add up); answers the ledger."""
    body = _json_body()
    if body is None:
        return _problem("body must be a JSON object")
    person, refusal = _person(body.get("id_number"))
    if refusal:
        return refusal
    for field in ("month", "paid"):
        if body.get(field) is None:
            return _problem(f"{field}: required", field)
    # What fell due before this deduction (an interruption) is judged first.
    person = in_request.settle(person)
    try:
        payments.record(get_store(), current_app.config["SETTINGS"], web.rules(), person,
                        body["month"], body["paid"], in_request.now(), in_request.gateway())
    except payments.PaymentRefused as exc:
        return _problem(exc.message, exc.field)
    person = get_store().identity.person(person["id"])
    return jsonify(payments.ledger_json(person, in_request.ledger_of(person))), 201


@bp.get("/ledger")
def get_ledger():
    """A person's ledger: months with base, due, due_by, paid, owed, refund and state."""
    person, refusal = _person(request.args.get("id_number"))
    if refusal:
        return refusal
    person = in_request.settle(person)
    return jsonify(payments.ledger_json(person, in_request.ledger_of(person)))
