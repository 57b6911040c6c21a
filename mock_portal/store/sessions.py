"""Login sessions of one system, in the table its repository names (portal's or platform's)."""

from __future__ import annotations

import secrets
import sqlite3
from datetime import datetime

from .values import iso, one


class Sessions:
    """Sessions opened at login, touched while used, ended at logout or after idling."""

    def __init__(self, conn: sqlite3.Connection, table: str):
        self.conn = conn
        # Set once by the owning repository, never by a caller: the SQL below names no other.
        self.table = table

    def start(self, person_id: int, now: datetime) -> str:
        """A new session of `person_id`; its id (random, for the cookie)."""
        sid = secrets.token_urlsafe(24)
        self.conn.execute(
            f"INSERT INTO {self.table} (id, person_id, created_at, last_seen) VALUES (?, ?, ?, ?)",
            (sid, person_id, iso(now), iso(now)))
        return sid

    def live(self, sid: str, now: datetime, idle_since: datetime) -> dict | None:
        """The session if it is open and was used after `idle_since`; touches it."""
        row = one(self.conn.execute(
            f"SELECT * FROM {self.table} WHERE id = ? AND ended_at IS NULL", (sid,)))
        if row is None:
            return None
        if row["last_seen"] < iso(idle_since):
            self.end(sid, now)
            return None
        self.conn.execute(f"UPDATE {self.table} SET last_seen = ? WHERE id = ?", (iso(now), sid))
        return row

    def find(self, sid: str) -> dict | None:
        """A session whatever its state (an ended one still names its person)."""
        return one(self.conn.execute(f"SELECT * FROM {self.table} WHERE id = ?", (sid,)))

    def end(self, sid: str, now: datetime) -> None:
        self.conn.execute(
            f"UPDATE {self.table} SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
            (iso(now), sid))

    def end_all_of(self, person_id: int, now: datetime) -> int:
        """End every open session of a person; how many there were."""
        return self.conn.execute(
            f"UPDATE {self.table} SET ended_at = ? WHERE person_id = ? AND ended_at IS NULL",
            (iso(now), person_id)).rowcount

    def count_open_of(self, person_id: int) -> int:
        """How many sessions of a person are not ended (idle ones included)."""
        return self.conn.execute(
            f"SELECT COUNT(*) FROM {self.table} WHERE person_id = ? AND ended_at IS NULL",
            (person_id,)).fetchone()[0]
