"""Faults on demand: rules by origin, method and path prefix that delay a request, answer it
with an HTTP status instead of the app, or drop the connection after the app has handled it."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from waitress.channel import ClientDisconnected

ORIGINS = ("portal", "idp")
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
#: A delay holds a server thread: bounded so that a typo cannot hang a run.
MAX_DELAY_MS = 30_000
#: Paths no fault ever touches, so that a fault can always be cleared and readiness checked.
EXEMPT = ("/__admin", "/healthz")
_FIELDS = ("origin", "method", "path", "status", "delay_ms", "drop", "times")


class ConnectionDropped(ClientDisconnected):
    """Raised by the middleware to make waitress close the connection without an answer (it
    treats ClientDisconnected as a gone client: nothing written, the socket closed)."""


class InvalidFault(ValueError):
    """A rule that cannot be used: `field` is the field blamed, str() the whole message."""

    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(message)
        self.field = field


def exempt(path: str) -> bool:
    """Whether `path` is a control call or the readiness check (never faulted, never journaled)."""
    return any(path == prefix or path.startswith(prefix + "/") for prefix in EXEMPT)


@dataclass
class FaultRule:
    """One rule; `times` None means every matching request, else that many and then spent."""

    path: str
    origin: str | None = None
    method: str | None = None
    status: int | None = None
    delay_ms: int = 0
    drop: bool = False
    times: int | None = None
    hits: int = 0

    def matches(self, origin: str, method: str, path: str) -> bool:
        return ((self.origin is None or self.origin == origin)
                and (self.method is None or self.method == method)
                and path.startswith(self.path)
                and (self.times is None or self.hits < self.times))

    def effects(self) -> dict:
        """What the rule does to a request, for the journal."""
        done = {"delay_ms": self.delay_ms} if self.delay_ms else {}
        if self.status is not None:
            done["status"] = self.status
        if self.drop:
            done["drop"] = True
        return done

    def as_json(self) -> dict:
        left = None if self.times is None else self.times - self.hits
        return {"origin": self.origin, "method": self.method, "path": self.path,
                "status": self.status, "delay_ms": self.delay_ms, "drop": self.drop,
                "times": self.times, "hits": self.hits, "left": left}


def _int(rule: dict, name: str, where: str, low: int, high: int | None) -> int | None:
    value = rule.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (
            high is not None and value > high):
        bound = f"{low} to {high}" if high is not None else f"{low} or more"
        raise InvalidFault(name, f"{where}.{name}: a whole number, {bound}")
    return value


def _rule(raw: object, where: str) -> FaultRule:
    if not isinstance(raw, dict):
        raise InvalidFault(None, f"{where}: expected an object")
    unknown = sorted(set(raw) - set(_FIELDS))
    if unknown:
        raise InvalidFault(unknown[0], f"{where}.{unknown[0]}: unknown field; "
                                       f"the fields are {', '.join(_FIELDS)}")
    path = raw.get("path")
    if not isinstance(path, str) or not path.startswith("/"):
        raise InvalidFault("path", f"{where}.path: required, a path prefix starting with /")
    if exempt(path):
        raise InvalidFault("path", f"{where}.path: faults never apply to /__admin or /healthz")
    origin = raw.get("origin")
    if origin is not None and origin not in ORIGINS:
        raise InvalidFault("origin", f"{where}.origin: portal or idp (or leave it out: both)")
    method = raw.get("method")
    if method is not None and (not isinstance(method, str) or method.upper() not in METHODS):
        raise InvalidFault("method", f"{where}.method: one of {', '.join(METHODS)}")
    drop = raw.get("drop", False)
    if not isinstance(drop, bool):
        raise InvalidFault("drop", f"{where}.drop: true or false")
    status = _int(raw, "status", where, 400, 599)
    delay_ms = _int(raw, "delay_ms", where, 0, MAX_DELAY_MS) or 0
    times = _int(raw, "times", where, 1, None)
    if status is not None and drop:
        raise InvalidFault("drop", f"{where}: either a status or a dropped connection, not both")
    if status is None and not drop and not delay_ms:
        raise InvalidFault(None, f"{where}: give a status, a delay_ms or drop: true")
    return FaultRule(path=path, origin=origin, method=method and method.upper(), status=status,
                     delay_ms=delay_ms, drop=drop, times=times)


def parse_faults(body: object) -> list[FaultRule]:
    """The fault rules of `PUT /__admin/faults`: a JSON list of objects (InvalidFault if not)."""
    if not isinstance(body, list):
        raise InvalidFault(None, "body must be a JSON list of rules")
    return [_rule(raw, f"rules[{index}]") for index, raw in enumerate(body)]


class Faults:
    """The fault rules in force; the first matching rule that is not spent takes a request."""

    def __init__(self) -> None:
        self._in_force: list[FaultRule] = []
        self._lock = threading.Lock()

    def replace(self, faults: list[FaultRule]) -> None:
        with self._lock:
            self._in_force = list(faults)

    def clear(self) -> None:
        self.replace([])

    def take(self, origin: str, method: str, path: str) -> FaultRule | None:
        """The rule hitting this request (its hit counted), or None."""
        with self._lock:
            for rule in self._in_force:
                if rule.matches(origin, method, path):
                    rule.hits += 1
                    return rule
        return None

    def as_json(self) -> list[dict]:
        with self._lock:
            return [rule.as_json() for rule in self._in_force]
