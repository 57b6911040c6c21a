"""support/portal_state.py: which portal-wide setting a test left changed, and putting it back."""

from __future__ import annotations

import pytest

from support.portal_state import left_changed, put_back


@pytest.fixture
def limits_at_start(admin):
    """The fresh app's limits table (overrides fixtures/portal_state.py's session-wide one:
    each app-tier test has apps of its own)."""
    return admin.limits()


@pytest.mark.parametrize(("change", "named"), [
    (lambda a: a.set_clock("2025-09-01T10:00:00+08:00", frozen=True),
     "the clock frozen at 2025-09-01T10:00:00+08:00"),
    (lambda a: a.set_clock("2025-09-01T10:00:00+08:00"), "the clock set at 2025-09-01T10:0"),
    (lambda a: a.set_limits({"2026": {"lower": 7500, "upper": 37000}}), "the limits overridden"),
    (lambda a: a.set_faults({"path": "/item/", "status": 503}), "1 fault rule(s) (/item/)"),
    (lambda a: a.idp_down(), "the identity platform down"),
    (lambda a: a.set_sms_gateway("fail"), "the SMS gateway fail"),
], ids=["clock-frozen", "clock-set", "limits", "faults", "idp", "sms-gateway"])
def test_each_setting_left_changed_is_named_and_put_back(admin, limits_at_start, change, named):
    change(admin)

    changed = left_changed(admin, limits_at_start)
    put_back(admin)

    assert len(changed) == 1
    assert changed[0].startswith(named)
    assert left_changed(admin, limits_at_start) == []


def test_a_portal_as_it_started_has_nothing_changed(admin, limits_at_start):
    assert left_changed(admin, limits_at_start) == []
