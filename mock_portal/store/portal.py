"""The portal's tables: cases and their numbering and history, drafts, evaluations, which site
messages a person has read, deductions and payment events, its sessions.

Cases, drafts and sessions name their person by the identity platform's `persons.id`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from .sessions import Sessions
from .values import every, iso, one


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


class PortalRepository:
    """首都之窗 / 北京市政务服务网's records."""

    #: Its tables, in the order they are emptied (rows naming cases first).
    TABLES = ("evaluations", "case_events", "cases", "case_counters", "drafts", "message_reads",
              "deductions", "payment_events", "portal_sessions")

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.sessions = Sessions(conn, "portal_sessions")

    # drafts ----------------------------------------------------------------

    def save_draft(self, person_id: int, office_id: str, wage: str, cycle: str,
                   now: datetime) -> None:
        self.conn.execute(
            "INSERT INTO drafts (person_id, office_id, wage, cycle, saved_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET"
            " office_id = excluded.office_id, wage = excluded.wage, cycle = excluded.cycle,"
            " saved_at = excluded.saved_at",
            (person_id, office_id, wage, cycle, iso(now)),
        )

    def draft(self, person_id: int) -> dict | None:
        """A person's draft, with its `id` (the row's key) for the pages' addresses."""
        return one(self.conn.execute(
            "SELECT rowid AS id, * FROM drafts WHERE person_id = ?", (person_id,)))

    def draft_by_id(self, draft_id: int) -> dict | None:
        return one(self.conn.execute(
            "SELECT rowid AS id, * FROM drafts WHERE rowid = ?", (draft_id,)))

    def drop_draft(self, person_id: int) -> None:
        self.conn.execute("DELETE FROM drafts WHERE person_id = ?", (person_id,))

    # cases -----------------------------------------------------------------

    def case_by_submission(self, submission_key: str) -> dict | None:
        return one(self.conn.execute(
            "SELECT * FROM cases WHERE submission_key = ?", (submission_key,)))

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
             case.cycle, case.status, iso(case.submitted_at), case.next_status,
             iso(case.next_at)),
        )
        self._add_case_event(cur.lastrowid, case.status, case.submitted_at)
        return self.case(number)

    def _add_case_event(self, case_id: int, status: str, at: datetime, result: str | None = None,
                        reason: str | None = None, why: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO case_events (case_id, status, at, result, reason, why)"
            " VALUES (?, ?, ?, ?, ?, ?)", (case_id, status, iso(at), result, reason, why))

    def case(self, number: str) -> dict | None:
        return one(self.conn.execute("SELECT * FROM cases WHERE number = ?", (number,)))

    def cases_of(self, person_id: int) -> list[dict]:
        """A person's cases, newest first."""
        return every(self.conn.execute(
            "SELECT * FROM cases WHERE person_id = ? ORDER BY submitted_at DESC, id DESC",
            (person_id,)))

    def cases_in_year(self, person_id: int, contribution_year: int) -> list[dict]:
        return every(self.conn.execute(
            "SELECT * FROM cases WHERE person_id = ? AND contribution_year = ? ORDER BY id",
            (person_id, contribution_year)))

    def case_events(self, case_id: int) -> list[dict]:
        return every(self.conn.execute(
            "SELECT status, at, result, reason, why FROM case_events WHERE case_id = ?"
            " ORDER BY at, id", (case_id,)))

    def due_cases(self, now: datetime) -> list[dict]:
        return every(self.conn.execute(
            "SELECT * FROM cases WHERE next_at IS NOT NULL AND next_at <= ? ORDER BY next_at, id",
            (iso(now),)))

    def move_case(self, case_id: int, status: str, at: datetime, next_status: str | None,
                  next_at: datetime | None, result: str | None = None, reason: str | None = None,
                  why: str | None = None) -> None:
        """Put a case in `status` (with its result, reason and why) and keep the change as history."""
        self.conn.execute(
            "UPDATE cases SET status = ?, next_status = ?, next_at = ?, result = ?, reason = ?"
            " WHERE id = ?",
            (status, next_status, iso(next_at), result, reason, case_id))
        self._add_case_event(case_id, status, at, result, reason, why)

    # evaluations (办件评价) ---------------------------------------------------

    def evaluation(self, case_id: int) -> dict | None:
        return one(self.conn.execute("SELECT * FROM evaluations WHERE case_id = ?", (case_id,)))

    def save_evaluation(self, case_id: int, score: int, comment: str, now: datetime) -> bool:
        """Keep a case's evaluation; False, and nothing changed, when it has one already."""
        return self.conn.execute(
            "INSERT INTO evaluations (case_id, score, comment, at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (case_id) DO NOTHING",
            (case_id, score, comment, iso(now))).rowcount == 1

    def replace_evaluation(self, case_id: int, score: int, comment: str, now: datetime) -> bool:
        """A later evaluation overwriting the first: for an app whose rules let a case's
        evaluation stand beside another (only the seeded defect evaluation-accepted-twice)."""
        return self.conn.execute(
            "INSERT OR REPLACE INTO evaluations (case_id, score, comment, at) VALUES (?, ?, ?, ?)",
            (case_id, score, comment, iso(now))).rowcount == 1

    # site messages (消息): which of the SMS a person received they have opened -----------

    def messages_read(self, person_id: int) -> dict[int, str]:
        """The ids of the messages the person has opened, each with when it was first opened."""
        return {row["message_id"]: row["read_at"] for row in self.conn.execute(
            "SELECT message_id, read_at FROM message_reads WHERE person_id = ?", (person_id,))}

    def mark_read(self, person_id: int, message_id: int, now: datetime) -> None:
        """Keep that the person opened a message; the first opening's time stays."""
        self.conn.execute(
            "INSERT INTO message_reads (person_id, message_id, read_at) VALUES (?, ?, ?)"
            " ON CONFLICT (person_id, message_id) DO NOTHING",
            (person_id, message_id, iso(now)))

    # payments (docs/domain.md §2.10) ------------------------------------------

    def add_deduction(self, person_id: int, month: str, amount: Decimal, now: datetime) -> None:
        self.conn.execute(
            "INSERT INTO deductions (person_id, month, amount, recorded_at) VALUES (?, ?, ?, ?)",
            (person_id, month, str(amount), iso(now)))

    def deductions(self, person_id: int) -> list[dict]:
        """A person's deductions ({"month", "amount", "recorded_at"}), in the order recorded."""
        return every(self.conn.execute(
            "SELECT month, amount, recorded_at FROM deductions WHERE person_id = ? ORDER BY id",
            (person_id,)))

    def persons_with_approved_cases(self) -> list[int]:
        """Everyone with a case 已办结 with 通过, so with a ledger."""
        return [row[0] for row in self.conn.execute(
            "SELECT DISTINCT person_id FROM cases WHERE status = '已办结' AND result = '通过'"
            " ORDER BY person_id")]

    def add_payment_event(self, person_id: int, kind: str, month: str, at: datetime,
                          number: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO payment_events (person_id, kind, month, at, number)"
            " VALUES (?, ?, ?, ?, ?)", (person_id, kind, month, iso(at), number))

    def payment_events(self, person_id: int) -> list[dict]:
        """A person's 中断缴费, 恢复缴费 and 暂停缴费 ({"kind", "month", "at", "number"}), oldest first."""
        return every(self.conn.execute(
            "SELECT kind, month, at, number FROM payment_events WHERE person_id = ? ORDER BY id",
            (person_id,)))

    # control ---------------------------------------------------------------

    def empty(self) -> None:
        for table in self.TABLES:
            self.conn.execute(f"DELETE FROM {table}")
