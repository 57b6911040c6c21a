"""The identity platform's tables: persons, its sessions, SMS codes, locks, authorization codes."""

from __future__ import annotations

import secrets
import sqlite3
from datetime import datetime

from .sessions import Sessions
from .values import iso, one

PERSON_FIELDS = ("name", "id_number", "phone", "username", "password", "status",
                 "retirement_track")


class Conflict(Exception):
    """A write that breaks a uniqueness rule (same phone, ID number, username)."""

    def __init__(self, field: str):
        super().__init__(field)
        self.field = field


class IdentityRepository:
    """北京市统一身份认证平台's records."""

    #: Its tables, in the order they are emptied (rows naming persons first).
    TABLES = ("auth_codes", "login_failures", "sms_codes", "idp_sessions", "persons")

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.sessions = Sessions(conn, "idp_sessions")

    # persons ---------------------------------------------------------------

    def add_person(self, fields: dict, now: datetime) -> dict:
        values = [fields[f] for f in PERSON_FIELDS]
        try:
            cur = self.conn.execute(
                f"INSERT INTO persons ({', '.join(PERSON_FIELDS)}, created_at)"
                f" VALUES ({', '.join('?' * len(PERSON_FIELDS))}, ?)",
                (*values, iso(now)),
            )
        except sqlite3.IntegrityError as exc:
            field = next((f for f in ("id_number", "phone", "username") if f in str(exc)), "")
            raise Conflict(field) from exc
        return self.person(cur.lastrowid)

    def person(self, person_id: int) -> dict | None:
        return one(self.conn.execute("SELECT * FROM persons WHERE id = ?", (person_id,)))

    def person_by_login(self, login: str) -> dict | None:
        """The account named by 用户名, 手机号 or 身份证号."""
        return one(self.conn.execute(
            "SELECT * FROM persons WHERE username = ? OR phone = ? OR id_number = ?",
            (login, login, login.upper())))

    def person_by_phone(self, phone: str) -> dict | None:
        return one(self.conn.execute("SELECT * FROM persons WHERE phone = ?", (phone,)))

    def set_status(self, person_id: int, status: str) -> None:
        """The person's status at the social-insurance agency (docs/domain.md §2.8)."""
        self.conn.execute("UPDATE persons SET status = ? WHERE id = ?", (status, person_id))

    def set_password(self, person_id: int, password: str) -> None:
        self.conn.execute("UPDATE persons SET password = ? WHERE id = ?", (password, person_id))

    def taken(self, field: str, value: str) -> bool:
        assert field in ("id_number", "phone", "username")
        return self.conn.execute(
            f"SELECT 1 FROM persons WHERE {field} = ?", (value,)).fetchone() is not None

    # SMS verification codes (短信验证码) -------------------------------------------------

    def add_sms_code(self, phone: str, purpose: str, code: str, sent_at: datetime,
                     expires_at: datetime) -> dict:
        cur = self.conn.execute(
            "INSERT INTO sms_codes (phone, purpose, code, sent_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (phone, purpose, code, iso(sent_at), iso(expires_at)))
        return one(self.conn.execute("SELECT * FROM sms_codes WHERE id = ?", (cur.lastrowid,)))

    def latest_sms_code(self, phone: str, purpose: str | None = None) -> dict | None:
        """The last code sent to a phone (for one purpose, or for any)."""
        where, args = ("AND purpose = ?", (phone, purpose)) if purpose else ("", (phone,))
        return one(self.conn.execute(
            f"SELECT * FROM sms_codes WHERE phone = ? {where} ORDER BY id DESC LIMIT 1", args))

    def sms_codes_sent_since(self, phone: str, since: datetime) -> int:
        """How many codes (any purpose) a phone was sent from `since` on."""
        return self.conn.execute(
            "SELECT COUNT(*) FROM sms_codes WHERE phone = ? AND sent_at >= ?",
            (phone, iso(since))).fetchone()[0]

    def use_sms_code(self, code_id: int, now: datetime) -> None:
        self.conn.execute("UPDATE sms_codes SET used_at = ? WHERE id = ?", (iso(now), code_id))

    def fail_sms_code(self, code_id: int) -> int:
        """Count a wrong try against a code; the tries so far."""
        return self.conn.execute(
            "UPDATE sms_codes SET failed_attempts = failed_attempts + 1 WHERE id = ?"
            " RETURNING failed_attempts", (code_id,)).fetchone()[0]

    # wrong passwords and locks -------------------------------------------------------

    def login_failures(self, person_id: int) -> dict | None:
        return one(self.conn.execute(
            "SELECT * FROM login_failures WHERE person_id = ?", (person_id,)))

    def set_login_failures(self, person_id: int, failures: int, locked_until: datetime | None,
                           now: datetime) -> None:
        self.conn.execute(
            "INSERT INTO login_failures (person_id, failures, locked_until, last_failure_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET"
            " failures = excluded.failures, locked_until = excluded.locked_until,"
            " last_failure_at = excluded.last_failure_at",
            (person_id, failures, iso(locked_until), iso(now)))

    def clear_login_failures(self, person_id: int) -> None:
        self.conn.execute("DELETE FROM login_failures WHERE person_id = ?", (person_id,))

    # authorization codes ---------------------------------------------------

    def issue_code(self, client_id: str, redirect_uri: str, person_id: int,
                   expires_at: datetime) -> str:
        code = secrets.token_urlsafe(24)
        self.conn.execute(
            "INSERT INTO auth_codes (code, client_id, redirect_uri, person_id, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (code, client_id, redirect_uri, person_id, iso(expires_at)))
        return code

    def redeem_code(self, code: str, now: datetime) -> dict | None:
        """Mark a code used and return it, whatever its state; callers check the rest."""
        row = one(self.conn.execute("SELECT * FROM auth_codes WHERE code = ?", (code,)))
        if row is not None and row["used_at"] is None:
            self.conn.execute("UPDATE auth_codes SET used_at = ? WHERE code = ?",
                              (iso(now), code))
        return row

    # control ---------------------------------------------------------------

    def empty(self) -> None:
        for table in self.TABLES:
            self.conn.execute(f"DELETE FROM {table}")
