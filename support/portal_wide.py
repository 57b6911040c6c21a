"""State that belongs to the whole portal, not to a suite: which control calls touch it, and a
guard on the control API's transport that refuses them to a test that did not declare them.

On a portal several suites share, a test that moves the clock, changes the limits, sets fault
rules, takes the identity platform down, changes the SMS gateway's mode, resets, or reads and
clears the request journal would change (or read) what every other suite sees. Such a test says
so with `@pytest.mark.portal_wide("clock", …)`; the harness skips it against a shared portal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from .transport import Answer, Transport

#: Each portal-wide thing, as the marker names it, and what it is.
SCOPES: dict[str, str] = {
    "clock": "the mock clock",
    "limits": "the limits table",
    "faults": "the fault rules",
    "sms_gateway": "the SMS gateway's mode",
    "idp": "the identity platform's availability",
    "reset": "every table (reset)",
    "journal": "the request journal",
}
#: (method, path under /__admin) -> scope; a method of None matches every method.
_CALLS: tuple[tuple[str | None, str, str], ...] = (
    ("PUT", "/clock", "clock"),
    ("DELETE", "/clock", "clock"),
    ("PUT", "/limits", "limits"),
    ("DELETE", "/limits", "limits"),
    ("PUT", "/faults", "faults"),
    ("DELETE", "/faults", "faults"),
    ("PUT", "/sms-gateway", "sms_gateway"),
    ("PUT", "/idp", "idp"),
    ("POST", "/reset", "reset"),
    # Every suite's requests are in it: reading it is as portal-wide as clearing it.
    (None, "/journal", "journal"),
)
ADMIN_PREFIX = "/__admin"


class PortalWideChange(RuntimeError):
    """A test touched portal-wide state without declaring it with the portal_wide marker."""


def scope_of(method: str, url: str) -> str | None:
    """The portal-wide scope a control call touches, or None."""
    path = urlsplit(url).path
    if ADMIN_PREFIX not in path:
        return None
    path = path[path.index(ADMIN_PREFIX) + len(ADMIN_PREFIX):]
    for wanted_method, wanted_path, scope in _CALLS:
        if (wanted_method in (None, method.upper())) and path == wanted_path:
            return scope
    return None


def unknown_scopes(scopes: Iterable[str]) -> list[str]:
    """The names among `scopes` that are not portal-wide things."""
    return [s for s in scopes if s not in SCOPES]


def marker_text(scopes: Iterable[str]) -> str:
    """The marker that declares `scopes`, as a test writes it."""
    return f"@pytest.mark.portal_wide({', '.join(repr(s) for s in sorted(scopes))})"


class PortalWideGuard:
    """A transport that sends through `inner`, refusing a portal-wide call whose scope the
    running test did not declare. `declared` None (between tests): everything goes."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self.declared: frozenset[str] | None = None
        self.test: str = ""

    def send(self, method: str, url: str, *, params: Mapping | None = None,
             form: Mapping | None = None, json: Any = None, content: str | None = None,
             headers: Mapping[str, str] | None = None) -> Answer:
        scope = scope_of(method, url)
        if scope and self.declared is not None and scope not in self.declared:
            raise PortalWideChange(
                f"{self.test} touches {SCOPES[scope]} ({method.upper()} "
                f"{urlsplit(url).path}), which belongs to the whole portal: declare it with "
                f"{marker_text(self.declared | {scope})} (skipped against a shared portal)")
        return self.inner.send(method, url, params=params, form=form, json=json,
                               content=content, headers=headers)


@contextmanager
def for_the_harness(transport: Transport) -> Iterator[None]:
    """Lets through the calls the harness makes for its own report (a failed test's journal),
    which are not the test's changes: `transport`'s guard, if it has one, is off meanwhile."""
    if not isinstance(transport, PortalWideGuard):
        yield
        return
    declared, transport.declared = transport.declared, None
    try:
        yield
    finally:
        transport.declared = declared
