"""The store: one SQLite file (WAL) behind one module; nothing else touches SQL.

Each request gets one connection and one transaction, opened on first use with
``BEGIN IMMEDIATE`` so that "read the last sequence number, write the next" can never
interleave with another request, committed after the view returned.
"""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from flask import Flask, current_app, g

SCHEMA = """
CREATE TABLE IF NOT EXISTS persons (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    id_number TEXT NOT NULL UNIQUE,
    phone TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL UNIQUE,
    password TEXT NOT NULL,
    status TEXT NOT NULL,
    retirement_track TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    ended_at TEXT
);
CREATE TABLE IF NOT EXISTS drafts (
    person_id INTEGER PRIMARY KEY REFERENCES persons(id),
    office_id TEXT NOT NULL,
    wage TEXT NOT NULL,
    cycle TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS case_counters (
    department_code TEXT NOT NULL,
    day TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (department_code, day)
);
CREATE TABLE IF NOT EXISTS cases (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    submission_key TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    office_id TEXT NOT NULL,
    department_code TEXT NOT NULL,
    day TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    contribution_year INTEGER NOT NULL,
    wage_typed TEXT NOT NULL,
    base_applied TEXT NOT NULL,
    clamp_reason TEXT,
    limits_provisional INTEGER NOT NULL,
    cycle TEXT NOT NULL,
    status TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    next_status TEXT,
    next_at TEXT,
    UNIQUE (department_code, day, sequence)
);
CREATE INDEX IF NOT EXISTS cases_by_person ON cases (person_id, submitted_at);
CREATE INDEX IF NOT EXISTS cases_due ON cases (next_at) WHERE next_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS case_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    status TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS evaluations (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
    score INTEGER NOT NULL,
    comment TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sms (
    id INTEGER PRIMARY KEY,
    phone TEXT NOT NULL,
    text TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sms_by_phone ON sms (phone, id);
CREATE INDEX IF NOT EXISTS sessions_by_person ON sessions (person_id) WHERE ended_at IS NULL;
CREATE TABLE IF NOT EXISTS idp_sessions (
    id TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    ended_at TEXT
);
CREATE INDEX IF NOT EXISTS idp_sessions_by_person ON idp_sessions (person_id)
    WHERE ended_at IS NULL;
CREATE TABLE IF NOT EXISTS sms_codes (
    id INTEGER PRIMARY KEY,
    phone TEXT NOT NULL,
    purpose TEXT NOT NULL,
    code TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    used_at TEXT
);
CREATE INDEX IF NOT EXISTS sms_codes_by_phone ON sms_codes (phone, purpose, id);
CREATE TABLE IF NOT EXISTS login_failures (
    person_id INTEGER PRIMARY KEY REFERENCES persons(id),
    failures INTEGER NOT NULL,
    locked_until TEXT,
    last_failure_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS auth_codes (
    code TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    expires_at TEXT NOT NULL,
    used_at TEXT
);
"""

TABLES = (
    "auth_codes", "sms", "sms_codes", "login_failures", "idp_sessions", "evaluations", "case_events", "cases", "case_counters",
    "drafts", "sessions", "persons",
)

PERSON_FIELDS = ("name", "id_number", "phone", "username", "password", "status",
                 "retirement_track")


class Conflict(Exception):
    """A write that breaks a uniqueness rule (same phone, ID number, username)."""

    def __init__(self, field: str):
        super().__init__(field)
        self.field = field


@dataclass(frozen=True)
class NewCase:
    """What a submission asks the store to record; the store numbers it."""

    submission_key: str
    person_id: int
    office_id: str
    department_code: str
    day: date
    contribution_year: int
    wage_typed: Decimal
    base_applied: Decimal
    clamp_reason: str | None
    limits_provisional: bool
    cycle: str
    submitted_at: datetime
    status: str
    next_status: str | None
    next_at: datetime | None


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _row(row: sqlite3.Row | None) -> dict | None:
    return dict(row) if row is not None else None


def _session_table(table: str) -> str:
    if table not in ("sessions", "idp_sessions"):
        raise ValueError(f"not a session table: {table!r}")
    return table


class Store:
    """Queries and writes, on one connection inside one transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # persons ---------------------------------------------------------------

    def add_person(self, fields: dict, now: datetime) -> dict:
        values = [fields[f] for f in PERSON_FIELDS]
        try:
            cur = self.conn.execute(
                f"INSERT INTO persons ({', '.join(PERSON_FIELDS)}, created_at)"
                f" VALUES ({', '.join('?' * len(PERSON_FIELDS))}, ?)",
                (*values, _iso(now)),
            )
        except sqlite3.IntegrityError as exc:
            field = next((f for f in ("id_number", "phone", "username") if f in str(exc)), "")
            raise Conflict(field) from exc
        return self.person(cur.lastrowid)

    def person(self, person_id: int) -> dict | None:
        return _row(self.conn.execute("SELECT * FROM persons WHERE id = ?", (person_id,))
                    .fetchone())

    def person_by_login(self, login: str) -> dict | None:
        """The account named by 用户名, 手机号 or 身份证号."""
        return _row(self.conn.execute(
            "SELECT * FROM persons WHERE username = ? OR phone = ? OR id_number = ?",
            (login, login, login.upper()),
        ).fetchone())

    def person_by_phone(self, phone: str) -> dict | None:
        return _row(self.conn.execute("SELECT * FROM persons WHERE phone = ?", (phone,))
                    .fetchone())

    def set_password(self, person_id: int, password: str) -> None:
        self.conn.execute("UPDATE persons SET password = ? WHERE id = ?", (password, person_id))

    def taken(self, field: str, value: str) -> bool:
        assert field in ("id_number", "phone", "username")
        return self.conn.execute(
            f"SELECT 1 FROM persons WHERE {field} = ?", (value,)).fetchone() is not None

    # sessions (the portal's in `sessions`, the identity platform's in `idp_sessions`) -------

    def open_session(self, person_id: int, now: datetime, table: str = "sessions") -> str:
        sid = secrets.token_urlsafe(24)
        self.conn.execute(
            f"INSERT INTO {_session_table(table)} (id, person_id, created_at, last_seen)"
            " VALUES (?, ?, ?, ?)",
            (sid, person_id, _iso(now), _iso(now)),
        )
        return sid

    def live_session(self, sid: str, now: datetime, idle_since: datetime,
                     table: str = "sessions") -> dict | None:
        """The session if it is open and was used after `idle_since`; touches it."""
        table = _session_table(table)
        row = self.conn.execute(
            f"SELECT * FROM {table} WHERE id = ? AND ended_at IS NULL", (sid,)).fetchone()
        if row is None:
            return None
        if row["last_seen"] < _iso(idle_since):
            self.end_session(sid, now, table)
            return None
        self.conn.execute(f"UPDATE {table} SET last_seen = ? WHERE id = ?", (_iso(now), sid))
        return dict(row)

    def session(self, sid: str, table: str = "sessions") -> dict | None:
        """A session row whatever its state (an ended one still names its person)."""
        return _row(self.conn.execute(
            f"SELECT * FROM {_session_table(table)} WHERE id = ?", (sid,)).fetchone())

    def end_session(self, sid: str, now: datetime, table: str = "sessions") -> None:
        self.conn.execute(
            f"UPDATE {_session_table(table)} SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
            (_iso(now), sid))

    def end_sessions_of(self, person_id: int, now: datetime) -> dict[str, int]:
        """End every open session of a person on both origins; how many each had."""
        ended = {}
        for origin, table in (("portal", "sessions"), ("identity", "idp_sessions")):
            ended[origin] = self.conn.execute(
                f"UPDATE {table} SET ended_at = ? WHERE person_id = ? AND ended_at IS NULL",
                (_iso(now), person_id)).rowcount
        return ended

    def open_sessions_of(self, person_id: int) -> dict[str, int]:
        """How many sessions of a person are not ended (idle ones included) on each origin."""
        return {origin: self.conn.execute(
            f"SELECT COUNT(*) FROM {table} WHERE person_id = ? AND ended_at IS NULL",
            (person_id,)).fetchone()[0]
            for origin, table in (("portal", "sessions"), ("identity", "idp_sessions"))}

    # drafts ----------------------------------------------------------------

    def save_draft(self, person_id: int, office_id: str, wage: str, cycle: str,
                   now: datetime) -> None:
        self.conn.execute(
            "INSERT INTO drafts (person_id, office_id, wage, cycle, saved_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET"
            " office_id = excluded.office_id, wage = excluded.wage, cycle = excluded.cycle,"
            " saved_at = excluded.saved_at",
            (person_id, office_id, wage, cycle, _iso(now)),
        )

    def draft(self, person_id: int) -> dict | None:
        return _row(self.conn.execute("SELECT * FROM drafts WHERE person_id = ?", (person_id,))
                    .fetchone())

    def drop_draft(self, person_id: int) -> None:
        self.conn.execute("DELETE FROM drafts WHERE person_id = ?", (person_id,))

    # cases -----------------------------------------------------------------

    def case_by_submission(self, submission_key: str) -> dict | None:
        return _row(self.conn.execute(
            "SELECT * FROM cases WHERE submission_key = ?", (submission_key,)).fetchone())

    def next_sequence(self, department_code: str, day: date) -> int:
        """Take the next daily sequence number of a department (inside this transaction)."""
        return self.conn.execute(
            "INSERT INTO case_counters (department_code, day, last) VALUES (?, ?, 1)"
            " ON CONFLICT (department_code, day) DO UPDATE SET last = last + 1"
            " RETURNING last",
            (department_code, day.isoformat()),
        ).fetchone()[0]

    def add_case(self, case: NewCase, number: str, sequence: int) -> dict:
        cur = self.conn.execute(
            "INSERT INTO cases (number, submission_key, person_id, office_id, department_code,"
            " day, sequence, contribution_year, wage_typed, base_applied, clamp_reason,"
            " limits_provisional, cycle, status, submitted_at, next_status, next_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (number, case.submission_key, case.person_id, case.office_id, case.department_code,
             case.day.isoformat(), sequence, case.contribution_year, str(case.wage_typed),
             str(case.base_applied), case.clamp_reason, int(case.limits_provisional),
             case.cycle, case.status, _iso(case.submitted_at), case.next_status,
             _iso(case.next_at) if case.next_at else None),
        )
        self.add_case_event(cur.lastrowid, case.status, case.submitted_at)
        return self.case(number)

    def add_case_event(self, case_id: int, status: str, at: datetime) -> None:
        self.conn.execute("INSERT INTO case_events (case_id, status, at) VALUES (?, ?, ?)",
                          (case_id, status, _iso(at)))

    def case(self, number: str) -> dict | None:
        return _row(self.conn.execute("SELECT * FROM cases WHERE number = ?", (number,))
                    .fetchone())

    def cases_of(self, person_id: int) -> list[dict]:
        """A person's cases, newest first."""
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM cases WHERE person_id = ? ORDER BY submitted_at DESC, id DESC",
            (person_id,))]

    def cases_in_year(self, person_id: int, contribution_year: int) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM cases WHERE person_id = ? AND contribution_year = ? ORDER BY id",
            (person_id, contribution_year))]

    def case_events(self, case_id: int) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT status, at FROM case_events WHERE case_id = ? ORDER BY at, id", (case_id,))]

    def due_cases(self, now: datetime) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM cases WHERE next_at IS NOT NULL AND next_at <= ? ORDER BY next_at, id",
            (_iso(now),))]

    def move_case(self, case_id: int, status: str, at: datetime, next_status: str | None,
                  next_at: datetime | None) -> None:
        self.conn.execute(
            "UPDATE cases SET status = ?, next_status = ?, next_at = ? WHERE id = ?",
            (status, next_status, _iso(next_at) if next_at else None, case_id))
        self.add_case_event(case_id, status, at)

    def evaluation(self, case_id: int) -> dict | None:
        return _row(self.conn.execute("SELECT * FROM evaluations WHERE case_id = ?", (case_id,))
                    .fetchone())

    def save_evaluation(self, case_id: int, score: int, comment: str, now: datetime) -> None:
        self.conn.execute(
            "INSERT INTO evaluations (case_id, score, comment, at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (case_id) DO UPDATE SET score = excluded.score,"
            " comment = excluded.comment, at = excluded.at",
            (case_id, score, comment, _iso(now)))

    # SMS outbox ------------------------------------------------------------

    def add_sms(self, phone: str, text: str, sent_at: datetime) -> None:
        self.conn.execute("INSERT INTO sms (phone, text, sent_at) VALUES (?, ?, ?)",
                          (phone, text, _iso(sent_at)))

    def sms(self, phone: str | None = None, newest_first: bool = False) -> list[dict]:
        order = "DESC" if newest_first else "ASC"
        where, args = ("WHERE phone = ?", (phone,)) if phone else ("", ())
        return [dict(r) for r in self.conn.execute(
            f"SELECT phone, text, sent_at FROM sms {where} ORDER BY sent_at {order}, id {order}",
            args)]

    # SMS verification codes (短信验证码) -------------------------------------------------

    def add_sms_code(self, phone: str, purpose: str, code: str, sent_at: datetime,
                     expires_at: datetime) -> dict:
        cur = self.conn.execute(
            "INSERT INTO sms_codes (phone, purpose, code, sent_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (phone, purpose, code, _iso(sent_at), _iso(expires_at)))
        return _row(self.conn.execute("SELECT * FROM sms_codes WHERE id = ?",
                                      (cur.lastrowid,)).fetchone())

    def latest_sms_code(self, phone: str, purpose: str | None = None) -> dict | None:
        """The last code sent to a phone (for one purpose, or for any)."""
        where, args = ("AND purpose = ?", (phone, purpose)) if purpose else ("", (phone,))
        return _row(self.conn.execute(
            f"SELECT * FROM sms_codes WHERE phone = ? {where} ORDER BY id DESC LIMIT 1",
            args).fetchone())

    def sms_codes_sent_since(self, phone: str, since: datetime) -> int:
        """How many codes (any purpose) a phone was sent from `since` on."""
        return self.conn.execute(
            "SELECT COUNT(*) FROM sms_codes WHERE phone = ? AND sent_at >= ?",
            (phone, _iso(since))).fetchone()[0]

    def use_sms_code(self, code_id: int, now: datetime) -> None:
        self.conn.execute("UPDATE sms_codes SET used_at = ? WHERE id = ?", (_iso(now), code_id))

    def fail_sms_code(self, code_id: int) -> int:
        """Count a wrong try against a code; the tries so far."""
        return self.conn.execute(
            "UPDATE sms_codes SET failed_attempts = failed_attempts + 1 WHERE id = ?"
            " RETURNING failed_attempts", (code_id,)).fetchone()[0]

    # wrong passwords and locks -------------------------------------------------------

    def login_failures(self, person_id: int) -> dict | None:
        return _row(self.conn.execute(
            "SELECT * FROM login_failures WHERE person_id = ?", (person_id,)).fetchone())

    def set_login_failures(self, person_id: int, failures: int, locked_until: datetime | None,
                           now: datetime) -> None:
        self.conn.execute(
            "INSERT INTO login_failures (person_id, failures, locked_until, last_failure_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET"
            " failures = excluded.failures, locked_until = excluded.locked_until,"
            " last_failure_at = excluded.last_failure_at",
            (person_id, failures, _iso(locked_until) if locked_until else None, _iso(now)))

    def clear_login_failures(self, person_id: int) -> None:
        self.conn.execute("DELETE FROM login_failures WHERE person_id = ?", (person_id,))

    # authorization codes ---------------------------------------------------

    def issue_code(self, client_id: str, redirect_uri: str, person_id: int,
                   expires_at: datetime) -> str:
        code = secrets.token_urlsafe(24)
        self.conn.execute(
            "INSERT INTO auth_codes (code, client_id, redirect_uri, person_id, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (code, client_id, redirect_uri, person_id, _iso(expires_at)))
        return code

    def redeem_code(self, code: str, now: datetime) -> dict | None:
        """Mark a code used and return it, whatever its state; callers check the rest."""
        row = _row(self.conn.execute("SELECT * FROM auth_codes WHERE code = ?", (code,))
                   .fetchone())
        if row is not None and row["used_at"] is None:
            self.conn.execute("UPDATE auth_codes SET used_at = ? WHERE code = ?",
                              (_iso(now), code))
        return row

    # control ---------------------------------------------------------------

    def empty(self) -> None:
        for table in TABLES:
            self.conn.execute(f"DELETE FROM {table}")


# connection handling ------------------------------------------------------------


def connect(path: str) -> sqlite3.Connection:
    """A connection in autocommit mode; transactions are begun explicitly."""
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    # FULL: a case acknowledged to the browser survives a hard kill of the process.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def create_schema(path: str) -> None:
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(SCHEMA)
    finally:
        conn.close()


def get_store() -> Store:
    """The request's store, its transaction begun on first use."""
    if "store" not in g:
        conn = connect(current_app.config["DATABASE"])
        conn.execute("BEGIN IMMEDIATE")
        g.store = Store(conn)
    return g.store


def _commit(response):
    store = g.pop("store", None)
    if store is not None:
        try:
            # Flask runs after_request for error pages too: a crash must not commit.
            store.conn.execute("COMMIT" if response.status_code < 500 else "ROLLBACK")
        finally:
            store.conn.close()
    return response


def _rollback(_exc):
    store = g.pop("store", None)
    if store is not None:
        try:
            store.conn.execute("ROLLBACK")
        finally:
            store.conn.close()


def init_app(app: Flask) -> None:
    """Create the schema and tie one transaction to each request of `app`."""
    create_schema(app.config["DATABASE"])
    app.after_request(_commit)
    app.teardown_request(_rollback)
