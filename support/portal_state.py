"""The portal-wide settings a test may change through the control API, and whether a
test left them changed.

One portal serves every test of a pytest-xdist worker, one after another in random order, so a
test that leaves the clock set, the limits overridden, a fault rule, the identity platform down
or the SMS gateway failing changes what the next test sees (docs/architecture.md, "The mock
clock"). The data (personas, cases) is not among them: every test makes its own persona.
"""

from __future__ import annotations

from .control_api import ControlApi


def left_changed(admin: ControlApi, limits_at_start: dict) -> list[str]:
    """What differs from a portal as it starts, one phrase each (empty: nothing). One control
    call: it runs after every browser test."""
    settings = admin.settings()
    changed = []
    clock = settings["clock"]
    if not clock["real"]:
        changed.append(f"the clock {'frozen' if clock['frozen'] else 'set'} at {clock['now']}")
    if settings["limits"] != limits_at_start:
        changed.append("the limits overridden")
    rules = settings["faults"]
    if rules:
        changed.append(f"{len(rules)} fault rule(s) ({', '.join(r['path'] for r in rules)})")
    if not settings["idp"]["up"]:
        changed.append("the identity platform down")
    gateway = settings["sms_gateway"]
    if gateway["mode"] != "ok":
        changed.append(f"the SMS gateway {gateway['mode']}")
    return changed


def put_back(admin: ControlApi) -> None:
    """Every such setting as the portal started: real time, its start-up limits, no fault
    rule, the identity platform up, the SMS gateway ok."""
    admin.real_clock()
    admin.published_limits()
    admin.clear_faults()
    admin.idp_up()
    admin.set_sms_gateway("ok")
