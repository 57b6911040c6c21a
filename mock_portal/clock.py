"""The mock clock: every "now" of the portal and identity platform, in Beijing time.

Tests move it through the control API. A set clock keeps running from the time it was set
to (like a real clock that was adjusted), unless it is frozen.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")

_lock = threading.Lock()
_offset = timedelta(0)
_frozen_at: datetime | None = None


def _real_now() -> datetime:
    return datetime.now(BEIJING)


def now() -> datetime:
    """The current mock time, timezone-aware, in Beijing time."""
    with _lock:
        if _frozen_at is not None:
            return _frozen_at
        return _real_now() + _offset


def today():
    """The current mock date in Beijing."""
    return now().date()


def set_time(moment: datetime, frozen: bool = False) -> None:
    """Move the clock to `moment`; it runs on from there unless `frozen`."""
    global _offset, _frozen_at
    if moment.tzinfo is None:
        raise ValueError("the clock needs a timezone-aware time")
    moment = moment.astimezone(BEIJING)
    with _lock:
        if frozen:
            _frozen_at, _offset = moment, timedelta(0)
        else:
            _frozen_at, _offset = None, moment - _real_now()


def reset() -> None:
    """Back to real time."""
    global _offset, _frozen_at
    with _lock:
        _offset, _frozen_at = timedelta(0), None


def state() -> dict:
    """What the control API reports about the clock."""
    with _lock:
        frozen = _frozen_at is not None
        real = _offset == timedelta(0) and not frozen
    return {"now": now().isoformat(timespec="seconds"), "frozen": frozen, "real": real}
