"""The SMS gateway's outbox: every message "sent", for the outbox page and the control API."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from .values import every, iso


class OutboxRepository:
    """The messages the SMS gateway sent."""

    TABLES = ("outbox",)

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def add(self, phone: str, text: str, sent_at: datetime) -> None:
        self.conn.execute("INSERT INTO outbox (phone, text, sent_at) VALUES (?, ?, ?)",
                          (phone, text, iso(sent_at)))

    def messages(self, phone: str | None = None, newest_first: bool = False) -> list[dict]:
        """The messages to one phone (or to any), oldest first unless `newest_first`."""
        order = "DESC" if newest_first else "ASC"
        where, args = ("WHERE phone = ?", (phone,)) if phone else ("", ())
        return every(self.conn.execute(
            f"SELECT phone, text, sent_at FROM outbox {where}"
            f" ORDER BY sent_at {order}, id {order}", args))

    def empty(self) -> None:
        for table in self.TABLES:
            self.conn.execute(f"DELETE FROM {table}")
