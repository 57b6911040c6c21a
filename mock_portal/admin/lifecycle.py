"""The control API's case lifecycle: move a case, run what is due, read one case with history."""

from __future__ import annotations

from flask import current_app, jsonify

from .. import in_request, web
from ..services import cases, payments
from ..store import get_store
from . import _json_body, _problem, bp, case_json


@bp.post("/cases/<number>/transition")
def transition(number: str):
    """Move a case: `{"to", "result", "reason"}`; 409 with the reason for an illegal move."""
    body = _json_body()
    if body is None:
        return _problem("body must be a JSON object")
    to = body.get("to")
    if not isinstance(to, str) or not to.strip():
        return _problem("to: required, the state to move the case to", "to")
    for field in ("result", "reason"):
        if body.get(field) is not None and not isinstance(body[field], str):
            return _problem(f"{field}: must be a string", field)
    store = get_store()
    try:
        case = cases.transition(store, current_app.config["SETTINGS"], web.rules(), number,
                                to.strip(), body.get("result"), body.get("reason"),
                                in_request.now(), in_request.gateway())
    except cases.CaseNotFound:
        return _problem(f"number: no case {number}", "number", 404)
    except cases.MoveRefused as exc:
        return _problem(str(exc), "to", 409)
    except cases.OutcomeProblem as exc:
        return _problem(exc.message, exc.field)
    return jsonify(case_json(store, case))


@bp.post("/process")
def process():
    """Apply every status change that is due on the mock clock now: cases moved, and 中断缴费
    judged for everyone with a ledger (docs/domain.md §2.11)."""
    moved = in_request.advance_due()
    return jsonify({"moved": moved, "interrupted": payments.settle_all(
        get_store(), current_app.config["SETTINGS"], web.rules(), in_request.now(),
        in_request.gateway())})


@bp.get("/cases/<number>")
def one_case(number: str):
    """One case with its history (result, reason and why where given)."""
    in_request.advance_due()
    store = get_store()
    case = store.portal.case(number)
    if case is None:
        return _problem(f"number: no case {number}", "number", 404)
    return jsonify(case_json(store, case))
