"""The control API (test mode only): reset, personas, SMS outbox and codes, clock, cases,
account locks, sessions and the identity platform's availability; the case lifecycle
(admin/lifecycle.py), the journal and faults (admin/journal.py, admin/faults.py), the SMS
gateway's mode (admin/gateway.py) and payments (admin/payments.py) register on the same blueprint."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from .. import conditions, in_request, web
from ..domain import accounts
from ..services import accounts as account_service
from ..services import cases, limits_table, lockout, personas, sms_codes
from ..store import get_store

bp = Blueprint("admin", __name__, url_prefix="/__admin")

_MIB = 1024 * 1024


def _problem(message: str, field: str | None = None, status: int = 400):
    body = {"error": message}
    if field:
        body["field"] = field
    return jsonify(body), status


@bp.errorhandler(HTTPException)
def _http_error(error: HTTPException):
    if error.code == 413:
        # The limit in force: the app's settings (a seeded defect may have raised it).
        limit = current_app.config["SETTINGS"].max_body_bytes
        return _problem(f"body: at most {limit} bytes ({limit / _MIB:g} MiB)", "body", 413)
    return _problem(error.description or error.name, status=error.code or 500)


def _json_body() -> dict | None:
    body = request.get_json(silent=True)
    return body if isinstance(body, dict) else None


@bp.post("/reset")
def reset():
    """Empty every table (codes, locks, sessions too), the mock's conditions as it started (the
    real clock, the start-up limits table, the identity platform up, the SMS gateway ok), no
    fault, an empty journal, the demo personas re-seeded."""
    conditions.current().reset()
    current_app.extensions["traffic"].reset()
    store = get_store()
    store.empty()
    seeded = personas.seed_demo(store, in_request.now())
    return jsonify({"status": "ok", "personas": seeded})


@bp.post("/persons")
def create_person():
    body = _json_body()
    if body is None:
        return _problem("body must be a JSON object")
    try:
        person = personas.create(get_store(), body, in_request.now())
    except personas.InvalidPersona as exc:
        return _problem(f"{exc.field}: {exc.message}", exc.field)
    return jsonify(person), 201


@bp.get("/persons")
def get_person():
    """The account named by `account` (用户名, 手机号 or 身份证号), e.g. one made by 立即注册."""
    person, refusal = _account(request.args.get("account"))
    return refusal or jsonify(person)


@bp.get("/sms")
def sms():
    in_request.advance_due()
    # The outbox is the gateway's log too: each message with its state (docs/decisions.md D11).
    return jsonify(get_store().outbox.messages(request.args.get("phone") or None))


@bp.get("/clock")
def get_clock():
    return jsonify(conditions.current().clock.state())


@bp.put("/clock")
def set_clock():
    body = _json_body()
    if body is None or "now" not in body:
        return _problem("now: required, an ISO 8601 time with offset", "now")
    if not isinstance(body.get("frozen", False), bool):
        return _problem("frozen: must be true or false", "frozen")
    clock = conditions.current().clock
    try:
        moment = datetime.fromisoformat(str(body["now"]))
        clock.set_time(moment, frozen=body.get("frozen", False))
    except ValueError:
        return _problem("now: expected an ISO 8601 time with offset, "
                        "e.g. 2022-06-11T09:30:00+08:00", "now")
    return jsonify(clock.state())


@bp.delete("/clock")
def real_clock():
    clock = conditions.current().clock
    clock.reset()
    return jsonify(clock.state())


@bp.get("/limits")
def get_limits():
    return jsonify(conditions.current().limits_table.as_json())


@bp.put("/limits")
def put_limits():
    """Replace the limits table for a test: `{"2026": {"lower": …, "upper": …}, …}`."""
    in_force = conditions.current().limits_table
    try:
        in_force.replace(limits_table.parse(request.get_json(silent=True)))
    except limits_table.InvalidTable as exc:
        return _problem(f"limits: {exc}", "limits")
    return jsonify(in_force.as_json())


@bp.delete("/limits")
def restore_limits():
    """Back to the published limits (and those of --limits FILE, if the server had one)."""
    in_force = conditions.current().limits_table
    in_force.restore()
    return jsonify(in_force.as_json())


@bp.get("/cases")
def list_cases():
    id_number = request.args.get("id_number", "").strip().upper()
    if not id_number:
        return _problem("id_number: required", "id_number")
    in_request.advance_due()
    store = get_store()
    person = store.identity.person_by_login(id_number)
    if person is None:
        return jsonify([])
    return jsonify([case_json(store, c) for c in store.portal.cases_of(person["id"])])


def case_json(store, case: dict) -> dict:
    """A case as the control API answers it, with its history (办理过程, 短信通知 rows too)."""
    keep = ("number", "status", "result", "reason", "office_id", "department_code",
            "contribution_year", "wage_typed", "base_applied", "clamp_reason", "cycle",
            "submitted_at")
    return {**{k: case[k] for k in keep}, "limits_provisional": bool(case["limits_provisional"]),
            "history": cases.history(store, case)}


# SMS codes, locks, sessions, the identity platform ------------------------------------------


@bp.get("/sms-code")
def sms_code():
    """The code last sent to a phone (for `purpose` login, register or reset, or any)."""
    phone = request.args.get("phone", "").strip()
    if accounts.phone_problem(phone):
        return _problem("phone: required, 11 digits starting with 1", "phone")
    purpose = request.args.get("purpose") or None
    if purpose is not None and purpose not in sms_codes.PURPOSES:
        return _problem(f"purpose: one of {', '.join(sms_codes.PURPOSES)}", "purpose")
    code = sms_codes.current(get_store(), current_app.config["SETTINGS"], phone, purpose,
                             in_request.now())
    if code is None:
        return _problem(f"phone: no code was sent to {phone}", "phone", 404)
    return jsonify(code)


def _account(value) -> tuple[dict | None, tuple | None]:
    """The person named by `account` (用户名, 手机号 or 身份证号), or the refusal to answer."""
    if not isinstance(value, str) or not value.strip():
        return None, _problem("account: required, a username, phone or ID number", "account")
    person = get_store().identity.person_by_login(value.strip())
    if person is None:
        return None, _problem(f"account: no account {value.strip()!r}", "account", 404)
    return person, None


def _lock_json(person: dict) -> dict:
    return {"account": person["phone"],
            **lockout.state(get_store(), person["id"], in_request.now(), web.rules().locks)}


@bp.get("/lock")
def get_lock():
    person, refusal = _account(request.args.get("account"))
    return refusal or jsonify(_lock_json(person))


@bp.put("/lock")
def put_lock():
    """Lock an account as 5 (`hours` 1, the default) or 10 (`hours` 24) wrong passwords do."""
    body = _json_body()
    if body is None:
        return _problem("body must be a JSON object")
    person, refusal = _account(body.get("account"))
    if refusal:
        return refusal
    hours = body.get("hours", 1)
    if isinstance(hours, bool) or hours not in lockout.LOCK_HOURS:
        return _problem("hours: 1 or 24", "hours")
    lockout.lock(get_store(), person["id"], hours, in_request.now())
    return jsonify(_lock_json(person))


@bp.delete("/lock")
def delete_lock():
    """Unlock an account and forget its wrong passwords."""
    person, refusal = _account(request.args.get("account"))
    if refusal:
        return refusal
    lockout.clear(get_store(), person["id"])
    return jsonify(_lock_json(person))


@bp.get("/sessions")
def get_sessions():
    """How many sessions of a person are open on each origin (idle ones not yet noticed too)."""
    person, refusal = _account(request.args.get("account"))
    return refusal or jsonify({"account": person["phone"],
                               "open": account_service.open_sessions(get_store(), person["id"])})


@bp.delete("/sessions")
def delete_sessions():
    """End every session of a person on both origins."""
    person, refusal = _account(request.args.get("account"))
    if refusal:
        return refusal
    ended = account_service.end_sessions(get_store(), person["id"], in_request.now())
    return jsonify({"account": person["phone"], "ended": ended})


@bp.get("/idp")
def get_idp():
    return jsonify({"up": conditions.current().idp_up})


@bp.put("/idp")
def put_idp():
    """Take the identity platform down (`{"up": false}`) or bring it back (`{"up": true}`)."""
    body = _json_body()
    if body is None or not isinstance(body.get("up"), bool):
        return _problem("up: required, true or false", "up")
    mock_conditions = conditions.current()
    mock_conditions.idp_up = body["up"]
    return jsonify({"up": mock_conditions.idp_up})


# Registered last: they add their routes to `bp`, and use `_problem` and `_json_body` above.
from . import defects, faults, gateway, journal, lifecycle, payments, settings  # noqa: E402,F401
