"""The conditions of one running mock that tests set through the control API: its clock, its
limits table, whether its identity platform is up, its SMS gateway's mode.

`server.build` makes one `Conditions` per mock and gives it to both apps (as it does the
journal and fault rules, `traffic.Traffic`), so two mocks in one process share nothing. Views
and the control API reach it one way, `current()`; services get the time, the gateway or the
table from them as arguments.
"""

from __future__ import annotations

from flask import Flask, current_app

from .clock import Clock
from .domain.limits import Table
from .services.limits_table import LimitsTable
from .services.sms_gateway import Gateway


class Conditions:
    """One mock's clock, limits, platform availability and gateway mode; `reset()` puts them
    back as the mock started (the start-up limits table kept)."""

    def __init__(self, startup_limits: Table | None = None) -> None:
        self.clock = Clock()
        self.limits_table = LimitsTable(startup_limits)
        self.reset()

    def reset(self) -> None:
        """Real clock, the start-up limits, the platform up, the gateway ok."""
        self.clock.reset()
        self.limits_table.restore()
        #: Whether 北京市统一身份认证平台 answers: the portal learns of an outage at once, as
        #: it would from its own monitoring of the platform.
        self.idp_up = True
        self.gateway = Gateway()


def install(app: Flask, conditions: Conditions) -> None:
    """Give `app` the conditions of the mock it belongs to."""
    app.extensions["conditions"] = conditions


def current() -> Conditions:
    """The conditions of the mock whose app handles this request: a RuntimeError outside an
    app or in one built without them, as `web.rules()` raises."""
    try:
        return current_app.extensions["conditions"]
    except KeyError:
        raise RuntimeError("this app was built without its conditions "
                           "(mock_portal.conditions.install)") from None
