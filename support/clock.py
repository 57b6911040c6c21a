"""The portal's mock clock, moved through the control API."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .control_api import ControlApi


class MockClock:
    """The portal's clock for one test: set, freeze, move on; real time again with restore()."""

    def __init__(self, admin: ControlApi) -> None:
        self.admin = admin

    def set(self, when: datetime | str, frozen: bool = False) -> dict:
        """Move the clock to `when` (naive: Beijing time); it runs on unless `frozen`."""
        return self.admin.set_clock(when, frozen)

    def freeze(self, when: datetime | str) -> dict:
        """Stop the clock at `when`."""
        return self.set(when, frozen=True)

    def freeze_on(self, day: date) -> date:
        """Stop the clock at 10:00 Beijing time on `day` (office hours); answers `day`."""
        self.freeze(f"{day:%Y-%m-%d}T10:00:00+08:00")
        return day

    def now(self) -> datetime:
        """The portal's current time (Beijing, to the second)."""
        return datetime.fromisoformat(self.admin.clock()["now"])

    def advance(self, **delta) -> dict:
        """Move the clock on by `timedelta(**delta)`, keeping it frozen or running."""
        state = self.admin.clock()
        moment = datetime.fromisoformat(state["now"]) + timedelta(**delta)
        return self.admin.set_clock(moment, frozen=state["frozen"])

    def restore(self) -> dict:
        """Back to real time."""
        return self.admin.real_clock()
