"""GET / PUT /__admin/sms-gateway: the SMS gateway's mode (ok, slow, fail)."""

from __future__ import annotations

from flask import jsonify, request

from .. import conditions, in_request
from ..services import sms, sms_gateway
from ..store import get_store
from . import _problem, bp


@bp.get("/sms-gateway")
def get_sms_gateway():
    return jsonify(conditions.current().gateway.as_json())


@bp.put("/sms-gateway")
def put_sms_gateway():
    """Set the mode: `{"mode": "ok" | "slow" | "fail", "delay_minutes": 2}`; "ok" sends what
    failed or waits, in the order it was handed over."""
    try:
        gateway = sms_gateway.parse(request.get_json(silent=True))
    except sms_gateway.InvalidMode as exc:
        return _problem(str(exc), exc.field)
    # What fell due under the old mode is settled under it, before the new one applies.
    in_request.advance_due()
    conditions.current().gateway = gateway
    if gateway.mode == sms_gateway.OK:
        sms.resend(get_store(), in_request.now())
    return jsonify(gateway.as_json())
