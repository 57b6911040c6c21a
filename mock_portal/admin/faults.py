"""GET / PUT / DELETE /__admin/faults: the fault rules in front of both origins."""

from __future__ import annotations

from flask import current_app, jsonify, request

from .. import traffic
from . import _problem, bp


def _faults() -> traffic.Faults:
    return current_app.extensions["traffic"].faults


@bp.get("/faults")
def get_faults():
    """The fault rules in force with their hits and what is left of `times`."""
    return jsonify(_faults().as_json())


@bp.put("/faults")
def put_faults():
    """Replace the fault rules: `[{"origin", "method", "path", "status", "delay_ms", "drop",
    "times"}, …]`; a bad rule refuses the whole list (400 naming the field)."""
    try:
        faults = traffic.parse_faults(request.get_json(silent=True))
    except traffic.InvalidFault as exc:
        return _problem(str(exc), exc.field)
    _faults().replace(faults)
    return jsonify(_faults().as_json())


@bp.delete("/faults")
def clear_faults():
    _faults().clear()
    return jsonify([])
