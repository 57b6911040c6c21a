"""Wrong passwords at 账号登录: locked 1 hour after 5, 24 hours after 10 (docs/domain.md §5).

The count survives the 1-hour lock (the 10th wrong password locks for 24 hours), starts over once
the 24-hour lock has passed, and is cleared by a successful password login, a password reset or
the control API. A lock refuses the password even when it is right; SMS login stays open, as the
message's advice (找回密码) needs the phone anyway.
"""

from __future__ import annotations

from datetime import datetime

from ..domain.accounts import LOCKS, Lock
from ..store import Store

#: The control API's locks by their length in hours (the domain's, whatever an app's rules say).
LOCK_HOURS = {1: LOCKS[0], 24: LOCKS[1]}


def _lock_for(failures: int, locks: tuple[Lock, ...]) -> Lock:
    return locks[1] if failures >= locks[1].failures else locks[0]


def lock_message(store: Store, person_id: int, now: datetime,
                 locks: tuple[Lock, ...]) -> str | None:
    """The lock's message while the account is locked, else None."""
    row = store.identity.login_failures(person_id)
    if row is None or row["locked_until"] is None:
        return None
    if datetime.fromisoformat(row["locked_until"]) <= now:
        return None
    return _lock_for(row["failures"], locks).message


def record_failure(store: Store, person_id: int, now: datetime,
                   locks: tuple[Lock, ...]) -> str | None:
    """Count a wrong password; the lock's message when this one locks the account (`locks`:
    the app's rules')."""
    row = store.identity.login_failures(person_id)
    failures = row["failures"] if row else 0
    if failures >= locks[-1].failures:
        failures = 0  # the 24-hour lock has passed: start over
    failures += 1
    lock = next((lock for lock in locks if lock.failures == failures), None)
    store.identity.set_login_failures(person_id, failures,
                                      now + lock.duration if lock else None, now)
    return lock.message if lock else None


def clear(store: Store, person_id: int) -> None:
    store.identity.clear_login_failures(person_id)


def lock(store: Store, person_id: int, hours: int, now: datetime) -> None:
    """Lock as 5 (hours=1) or 10 (hours=24) wrong passwords would."""
    chosen = LOCK_HOURS[hours]
    store.identity.set_login_failures(person_id, chosen.failures, now + chosen.duration, now)


def state(store: Store, person_id: int, now: datetime, locks: tuple[Lock, ...]) -> dict:
    """The count and the lock, for the control API."""
    row = store.identity.login_failures(person_id)
    message = lock_message(store, person_id, now, locks)
    return {"failures": row["failures"] if row else 0,
            "locked": message is not None,
            "locked_until": row["locked_until"] if message else None,
            "message": message}
