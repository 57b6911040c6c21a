"""Which control calls touch portal-wide state, and the guard that holds a test to what it
declared."""

from __future__ import annotations

import pytest

from support.portal_wide import PortalWideChange, PortalWideGuard, scope_of, unknown_scopes
from support.transport import Answer

PORTAL = "http://127.0.0.1:8000"


class Recorder:
    """A transport that answers 200 and remembers what was sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def send(self, method, url, **request) -> Answer:
        self.sent.append((method, url))
        return Answer(200, url, {}, "{}")


@pytest.mark.parametrize(("method", "path", "scope"), [
    ("PUT", "/__admin/clock", "clock"),
    ("DELETE", "/__admin/clock", "clock"),
    ("PUT", "/__admin/limits", "limits"),
    ("DELETE", "/__admin/limits", "limits"),
    ("PUT", "/__admin/faults", "faults"),
    ("DELETE", "/__admin/faults", "faults"),
    ("PUT", "/__admin/sms-gateway", "sms_gateway"),
    ("PUT", "/__admin/idp", "idp"),
    ("POST", "/__admin/reset", "reset"),
    ("GET", "/__admin/journal", "journal"),
    ("DELETE", "/__admin/journal", "journal"),
])
def test_a_call_that_changes_the_whole_portal_names_its_scope(method, path, scope):
    assert scope_of(method, PORTAL + path) == scope


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/__admin/clock"),
    ("GET", "/__admin/limits"),
    ("GET", "/__admin/faults"),
    ("GET", "/__admin/idp"),
    ("GET", "/__admin/sms-gateway"),
    # Defects are switched on only at start: the listing changes nothing, and there is no
    # call that changes them.
    ("GET", "/__admin/defects"),
    ("POST", "/__admin/persons"),
    ("PUT", "/__admin/lock"),
    ("DELETE", "/__admin/sessions"),
    ("POST", "/__admin/cases/1/transition"),
    ("GET", "/space/"),
])
def test_reading_and_a_persons_own_state_are_not_portal_wide(method, path):
    assert scope_of(method, PORTAL + path) is None


def test_an_undeclared_portal_wide_call_is_refused_naming_the_marker_and_not_sent():
    inner = Recorder()
    guard = PortalWideGuard(inner)
    guard.declared, guard.test = frozenset({"faults"}), "e2e/test_x.py::test_y"

    with pytest.raises(PortalWideChange) as refused:
        guard.send("PUT", PORTAL + "/__admin/clock", json={"now": "2022-06-11T09:30:00+08:00"})

    assert str(refused.value) == (
        "e2e/test_x.py::test_y touches the mock clock (PUT /__admin/clock), which belongs to the "
        "whole portal: declare it with @pytest.mark.portal_wide('clock', 'faults') (skipped "
        "against a shared portal)")
    assert inner.sent == []


def test_a_declared_call_and_any_call_between_tests_go_through():
    inner = Recorder()
    guard = PortalWideGuard(inner)
    guard.declared = frozenset({"clock"})
    guard.send("PUT", PORTAL + "/__admin/clock")
    guard.declared = None

    guard.send("POST", PORTAL + "/__admin/reset")

    assert inner.sent == [("PUT", PORTAL + "/__admin/clock"), ("POST", PORTAL + "/__admin/reset")]


def test_unknown_scopes_are_named():
    assert unknown_scopes(["clock", "weather", "idp"]) == ["weather"]
