"""How the repositories write times and read rows."""

from __future__ import annotations

import sqlite3
from datetime import datetime


def iso(moment: datetime | None) -> str | None:
    """A time as stored: ISO 8601 to the second, with its offset (None stays None)."""
    return moment.isoformat(timespec="seconds") if moment is not None else None


def one(cursor: sqlite3.Cursor) -> dict | None:
    """The cursor's first row as a dict, or None."""
    row = cursor.fetchone()
    return dict(row) if row is not None else None


def every(cursor: sqlite3.Cursor) -> list[dict]:
    """The cursor's rows as dicts."""
    return [dict(row) for row in cursor]
