"""The control API (test mode only): reset, personas, SMS outbox, clock, cases."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from .. import clock
from ..services import cases, limits_table, personas
from ..store import get_store

bp = Blueprint("admin", __name__, url_prefix="/__admin")


def _problem(message: str, field: str | None = None, status: int = 400):
    body = {"error": message}
    if field:
        body["field"] = field
    return jsonify(body), status


@bp.errorhandler(HTTPException)
def _http_error(error: HTTPException):
    return _problem(error.description or error.name, status=error.code or 500)


def _json_body() -> dict | None:
    body = request.get_json(silent=True)
    return body if isinstance(body, dict) else None


@bp.post("/reset")
def reset():
    """Empty every table, clock and limits back to real ones, re-seed the demo personas."""
    clock.reset()
    limits_table.restore()
    store = get_store()
    store.empty()
    seeded = personas.seed_demo(store, clock.now())
    return jsonify({"status": "ok", "personas": seeded})


@bp.post("/persons")
def create_person():
    body = _json_body()
    if body is None:
        return _problem("body must be a JSON object")
    try:
        person = personas.create(get_store(), body, clock.now())
    except personas.InvalidPersona as exc:
        return _problem(f"{exc.field}: {exc.message}", exc.field)
    return jsonify(person), 201


@bp.get("/sms")
def sms():
    store = get_store()
    cases.advance_due(store, current_app.config["SETTINGS"], clock.now())
    return jsonify(store.sms(request.args.get("phone") or None))


@bp.get("/clock")
def get_clock():
    return jsonify(clock.state())


@bp.put("/clock")
def set_clock():
    body = _json_body()
    if body is None or "now" not in body:
        return _problem("now: required, an ISO 8601 time with offset", "now")
    if not isinstance(body.get("frozen", False), bool):
        return _problem("frozen: must be true or false", "frozen")
    try:
        moment = datetime.fromisoformat(str(body["now"]))
        clock.set_time(moment, frozen=body.get("frozen", False))
    except ValueError:
        return _problem("now: expected an ISO 8601 time with offset, "
                        "e.g. 2022-06-11T09:30:00+08:00", "now")
    return jsonify(clock.state())


@bp.delete("/clock")
def real_clock():
    clock.reset()
    return jsonify(clock.state())


@bp.get("/limits")
def get_limits():
    return jsonify(limits_table.as_json())


@bp.put("/limits")
def put_limits():
    """Replace the limits table for a test: `{"2026": {"lower": …, "upper": …}, …}`."""
    try:
        limits_table.replace(limits_table.parse(request.get_json(silent=True)))
    except limits_table.InvalidTable as exc:
        return _problem(f"limits: {exc}", "limits")
    return jsonify(limits_table.as_json())


@bp.delete("/limits")
def startup_limits():
    """Back to the published limits (and those of --limits FILE, if the server had one)."""
    limits_table.restore()
    return jsonify(limits_table.as_json())


@bp.get("/cases")
def list_cases():
    id_number = request.args.get("id_number", "").strip().upper()
    if not id_number:
        return _problem("id_number: required", "id_number")
    store = get_store()
    cases.advance_due(store, current_app.config["SETTINGS"], clock.now())
    person = store.person_by_login(id_number)
    if person is None:
        return jsonify([])
    return jsonify([_case_json(store, c) for c in store.cases_of(person["id"])])


def _case_json(store, case: dict) -> dict:
    keep = ("number", "status", "office_id", "department_code", "contribution_year",
            "wage_typed", "base_applied", "clamp_reason", "cycle", "submitted_at")
    return {**{k: case[k] for k in keep}, "limits_provisional": bool(case["limits_provisional"]),
            "history": store.case_events(case["id"])}
