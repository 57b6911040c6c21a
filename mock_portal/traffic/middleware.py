"""The WSGI middleware in front of each origin (test mode): journal every request but the
control calls and /healthz, and apply the fault rule that hits it."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from flask import Flask, request
from werkzeug.exceptions import HTTPException, default_exceptions

from ..clock import Clock
from .faults import ConnectionDropped, Faults, exempt
from .journal import Journal, mask

#: The environ key by which the middleware asks the app to answer with a fault's status.
FAULT_STATUS = "mock_portal.fault_status"


@dataclass
class Traffic:
    """The journal and the fault rules of one running mock, shared by both origins."""

    journal_size: int = 2000
    faults: Faults = field(default_factory=Faults)
    journal: Journal = field(init=False)

    def __post_init__(self) -> None:
        self.journal = Journal(self.journal_size)

    def reset(self) -> None:
        """No rule, no entry (POST /__admin/reset)."""
        self.faults.clear()
        self.journal.clear()


def install(app: Flask, origin: str, traffic: Traffic, clock: Clock) -> None:
    """Put `traffic` in front of `app` (origin "portal" or "idp"), its journal dated by the
    mock's `clock`; call before any other before_request hook is registered, so that a fault's
    status comes before anything else."""
    app.extensions["traffic"] = traffic
    app.before_request(_answer_with_fault_status)
    app.wsgi_app = _Intercept(app.wsgi_app, origin, traffic, clock)


def _answer_with_fault_status():
    # The page is the origin's own error page (重试, 返回), and the view never runs.
    status = request.environ.get(FAULT_STATUS)
    if status is not None:
        error = default_exceptions[status]() if status in default_exceptions else HTTPException()
        error.code = status
        raise error


def _target(environ) -> str:
    query = environ.get("QUERY_STRING", "")
    return environ.get("PATH_INFO", "") + ("?" + query if query else "")


class _Intercept:
    """WSGI: delay, status and drop as the hitting rule says; one journal entry per request,
    recorded before the answer leaves (so a client that has its answer finds the entry)."""

    def __init__(self, app, origin: str, traffic: Traffic, clock: Clock) -> None:
        self.app = app
        self.origin = origin
        self.traffic = traffic
        self.clock = clock

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if exempt(path):
            return self.app(environ, start_response)
        method = environ.get("REQUEST_METHOD", "GET")
        entry = {"at": self.clock.now().isoformat(), "origin": self.origin, "method": method,
                 "path": mask(_target(environ)), "status": None, "ms": None, "fault": None}
        started = time.perf_counter()
        rule = self.traffic.faults.take(self.origin, method, path)
        if rule is not None:
            entry["fault"] = rule.effects()
            if rule.delay_ms:
                time.sleep(rule.delay_ms / 1000)
            if rule.status is not None:
                environ[FAULT_STATUS] = rule.status
        seen: list[int] = []

        def noting_status(status, headers, exc_info=None):
            seen.append(int(status.split(" ", 1)[0]))
            return start_response(status, headers, exc_info)

        try:
            answer = self.app(environ, noting_status)
        except BaseException:
            entry["status"] = 500
            self._record(entry, started)
            raise
        if rule is not None and rule.drop:
            # Handled, then the answer is lost on the way back (a network failing late).
            if hasattr(answer, "close"):
                answer.close()
            self._record(entry, started)
            raise ConnectionDropped(f"fault: dropped {method} {path}")
        entry["status"] = seen[-1] if seen else None
        self._record(entry, started)
        return answer

    def _record(self, entry: dict, started: float) -> None:
        entry["ms"] = round((time.perf_counter() - started) * 1000, 1)
        self.traffic.journal.record(entry)
