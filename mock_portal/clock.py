"""A mock clock: every "now" of one running mock (portal and identity platform), in Beijing time.

Tests move it through the control API. A set clock keeps running from the time it was set
to (like a real clock that was adjusted), unless it is frozen. Each mock has its own
(mock_portal/conditions.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")


def real_now() -> datetime:
    """The real time in Beijing (a clock nobody moved)."""
    return datetime.now(BEIJING)


@dataclass(frozen=True)
class _Hands:
    """Where a clock was set: an offset from real time, or a moment it stands still at."""

    offset: timedelta = timedelta(0)
    frozen_at: datetime | None = None

    def time(self) -> datetime:
        return self.frozen_at if self.frozen_at is not None else real_now() + self.offset


class Clock:
    """One mock's clock. Its hands are one value replaced whole, so a request reading it while
    a test moves it sees the old setting or the new one, never half of each."""

    def __init__(self) -> None:
        self._hands = _Hands()

    def now(self) -> datetime:
        """The current mock time, timezone-aware, in Beijing time."""
        return self._hands.time()

    def today(self) -> date:
        """The current mock date in Beijing."""
        return self.now().date()

    def set_time(self, moment: datetime, frozen: bool = False) -> None:
        """Move the clock to `moment`; it runs on from there unless `frozen`."""
        if moment.tzinfo is None:
            raise ValueError("the clock needs a timezone-aware time")
        moment = moment.astimezone(BEIJING)
        self._hands = _Hands(frozen_at=moment) if frozen else _Hands(offset=moment - real_now())

    def reset(self) -> None:
        """Back to real time."""
        self._hands = _Hands()

    def state(self) -> dict:
        """What the control API reports about the clock."""
        hands = self._hands
        frozen = hands.frozen_at is not None
        real = hands.offset == timedelta(0) and not frozen
        return {"now": hands.time().isoformat(timespec="seconds"), "frozen": frozen, "real": real}
