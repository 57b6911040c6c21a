"""GET /__admin/settings: every setting of the mock a test may change, in one answer.

The harness compares them after each test (support/portal_state.py): one call instead of one
per setting, since it runs after every browser test (docs/decisions.md D40).
"""

from __future__ import annotations

from flask import current_app, jsonify

from .. import conditions
from . import bp


@bp.get("/settings")
def get_settings():
    """`{"clock", "limits", "faults", "idp", "sms_gateway"}`, each as its own GET answers it."""
    mock_conditions = conditions.current()
    return jsonify({"clock": mock_conditions.clock.state(),
                    "limits": mock_conditions.limits_table.as_json(),
                    "faults": current_app.extensions["traffic"].faults.as_json(),
                    "idp": {"up": mock_conditions.idp_up},
                    "sms_gateway": mock_conditions.gateway.as_json()})
