"""The SMS gateway's mode, set through the control API: ok, slow (a message is sent
`delay_minutes` later by the mock clock) or fail (a message is kept as 发送失败 until the gateway
is back). See docs/decisions.md D11.

Each running mock has one mode for both its origins (mock_portal/conditions.py);
`POST /__admin/reset` sets "ok".
"""

from __future__ import annotations

from dataclasses import dataclass

OK = "ok"
SLOW = "slow"
FAIL = "fail"
MODES = (OK, SLOW, FAIL)
DEFAULT_DELAY_MINUTES = 2
#: A day: a longer delay would outlast the case lifecycle's own day.
MAX_DELAY_MINUTES = 1440


@dataclass(frozen=True)
class Gateway:
    """The gateway's mode and, when slow, how late it sends."""

    mode: str = OK
    delay_minutes: int = DEFAULT_DELAY_MINUTES

    def as_json(self) -> dict:
        return {"mode": self.mode, "delay_minutes": self.delay_minutes}


class InvalidMode(Exception):
    """A gateway setting the control API refuses; names the field."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def parse(body) -> Gateway:
    """`{"mode": "ok" | "slow" | "fail", "delay_minutes": N}` as a Gateway (delay defaults to 2)."""
    if not isinstance(body, dict):
        raise InvalidMode("mode", "body must be a JSON object")
    mode = body.get("mode")
    if mode not in MODES:
        raise InvalidMode("mode", f"mode: required, one of {', '.join(MODES)}")
    delay = body.get("delay_minutes", DEFAULT_DELAY_MINUTES)
    if isinstance(delay, bool) or not isinstance(delay, int) \
            or not 1 <= delay <= MAX_DELAY_MINUTES:
        raise InvalidMode("delay_minutes",
                          f"delay_minutes: a whole number from 1 to {MAX_DELAY_MINUTES}")
    return Gateway(mode, delay)

