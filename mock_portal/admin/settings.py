"""GET /__admin/settings: every process-wide setting a test may change, in one answer.

The harness compares them after each test (support/portal_state.py): one call instead of one
per setting, since it runs after every browser test (docs/decisions.md D40).
"""

from __future__ import annotations

from flask import current_app, jsonify

from .. import clock
from ..services import idp_availability, limits_table, sms_gateway
from . import bp


@bp.get("/settings")
def get_settings():
    """`{"clock", "limits", "faults", "idp", "sms_gateway"}`, each as its own GET answers it."""
    return jsonify({"clock": clock.state(),
                    "limits": limits_table.as_json(),
                    "faults": current_app.extensions["traffic"].faults.as_json(),
                    "idp": {"up": idp_availability.is_up()},
                    "sms_gateway": sms_gateway.current().as_json()})
