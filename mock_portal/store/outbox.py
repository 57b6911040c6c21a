"""The SMS gateway's outbox: every message handed to the gateway and its state (已发送, 待发送,
发送失败), for the outbox page, the control API and a case's 办理过程."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ..domain.messages import FAILED, PENDING, SENT
from .values import every, iso

_COLUMNS = "phone, text, sent_at, state"


class OutboxRepository:
    """The messages handed to the SMS gateway."""

    TABLES = ("outbox",)

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def add(self, phone: str, text: str, sent_at: datetime, state: str = SENT,
            due_at: datetime | None = None, case_number: str | None = None,
            verification_code: bool = False) -> None:
        """Keep a message handed over at `sent_at`; a 发送失败 one failed then."""
        failed_at = iso(sent_at) if state == FAILED else None
        self.conn.execute(
            "INSERT INTO outbox (phone, text, sent_at, state, queued_at, due_at, failed_at,"
            " case_number, verification_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (phone, text, iso(sent_at), state, iso(sent_at), due_at and iso(due_at), failed_at,
             case_number, int(verification_code)))

    def messages(self, phone: str | None = None, newest_first: bool = False) -> list[dict]:
        """The messages to one phone (or to any), oldest first unless `newest_first`."""
        order = "DESC" if newest_first else "ASC"
        where, args = ("WHERE phone = ?", (phone,)) if phone else ("", ())
        return every(self.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox {where}"
            f" ORDER BY sent_at {order}, id {order}", args))

    def due(self, now: datetime) -> list[dict]:
        """The 待发送 messages whose time has come, in the order they were handed over."""
        return every(self.conn.execute(
            "SELECT id, due_at FROM outbox WHERE state = ? AND due_at <= ? ORDER BY id",
            (PENDING, iso(now))))

    def unsent(self) -> list[dict]:
        """Every message not yet sent (待发送 or 发送失败), in the order they were handed over."""
        return every(self.conn.execute(
            "SELECT id FROM outbox WHERE state <> ? ORDER BY id", (SENT,)))

    def mark_sent(self, message_id: int, at: datetime) -> None:
        self.conn.execute("UPDATE outbox SET state = ?, sent_at = ?, due_at = NULL WHERE id = ?",
                          (SENT, iso(at), message_id))

    def mark_failed(self, message_id: int, at: datetime) -> None:
        self.conn.execute(
            "UPDATE outbox SET state = ?, sent_at = ?, failed_at = ?, due_at = NULL WHERE id = ?",
            (FAILED, iso(at), iso(at), message_id))

    def of_case(self, case_number: str) -> list[dict]:
        """A case's messages with when they were handed over, failed and sent."""
        return every(self.conn.execute(
            "SELECT state, queued_at, failed_at, sent_at FROM outbox WHERE case_number = ?"
            " ORDER BY id", (case_number,)))

    def to_phone(self, phone: str) -> list[dict]:
        """Every message handed over for a phone, newest first, with its state and whether it
        is a verification code (which of them are site messages: services/messages.py)."""
        return every(self.conn.execute(
            "SELECT id, text, sent_at, case_number, state, verification_code FROM outbox"
            " WHERE phone = ? ORDER BY sent_at DESC, id DESC", (phone,)))

    def empty(self) -> None:
        for table in self.TABLES:
            self.conn.execute(f"DELETE FROM {table}")
