"""Nothing but the store touches SQL, and each system's repository touches only its own tables."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

import mock_portal
from mock_portal.store import migrate, transaction
from mock_portal.store.identity import IdentityRepository
from mock_portal.store.portal import NewCase, PortalRepository

PACKAGE = Path(mock_portal.__file__).parent
STORE = PACKAGE / "store"
PORTAL = {"cases", "case_counters", "case_events", "drafts", "evaluations", "message_reads",
          "portal_sessions", "deductions", "payment_events"}
IDENTITY = {"persons", "idp_sessions", "sms_codes", "login_failures", "auth_codes"}
OUTBOX = {"outbox"}
NOW = datetime(2022, 6, 11, 9, 30, tzinfo=timezone(timedelta(hours=8)))
SQL = re.compile(r"\b(?:SELECT|INSERT INTO|DELETE FROM|CREATE TABLE|ALTER TABLE|PRAGMA)\b"
                 r"|\bUPDATE \w+ SET\b|^\s*(?:import|from) sqlite3\b", re.MULTILINE)
#: The table after a keyword that names one ("DO UPDATE SET" of an upsert names none).
TABLE_NAMED = re.compile(r"\b(?:FROM|INTO|JOIN|TABLE)\s+(\w+)|\bUPDATE\s+(?!SET\b)(\w+)")


def _sql_outside_the_store() -> list[str]:
    return [f"{path.relative_to(PACKAGE)}: {match[0].strip()}"
            for path in sorted(PACKAGE.rglob("*.py")) if STORE not in path.parents
            for match in SQL.finditer(path.read_text(encoding="utf-8"))]


def test_no_module_outside_the_store_has_sql():
    assert _sql_outside_the_store() == []


def test_the_sql_check_finds_sql(tmp_path, monkeypatch):
    monkeypatch.setattr(f"{__name__}.PACKAGE", tmp_path)
    (tmp_path / "views.py").write_text('rows = conn.execute("SELECT * FROM cases")\n')

    assert _sql_outside_the_store() == ["views.py: SELECT"]


@pytest.mark.parametrize(("module", "tables"), [
    ("portal.py", PORTAL), ("identity.py", IDENTITY), ("outbox.py", OUTBOX)])
def test_a_repository_names_only_its_own_tables(module, tables):
    source = (STORE / module).read_text(encoding="utf-8")

    named = {a or b for a, b in TABLE_NAMED.findall(source)}

    assert named and named <= tables


@pytest.mark.parametrize(("repository", "table"), [
    (PortalRepository, "portal_sessions"), (IdentityRepository, "idp_sessions")])
def test_a_system_keeps_its_sessions_in_its_own_table(repository, table):
    sessions = repository(sqlite3.connect(":memory:")).sessions

    assert sessions.table == table


def _tables(path: str) -> dict[str, int]:
    """Each table of the file with its number of rows."""
    conn = sqlite3.connect(path)
    try:
        names = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table'")]
        return {name: conn.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]
                for name in names}
    finally:
        conn.close()


def test_every_table_of_the_schema_has_one_owner(tmp_path):
    path = str(tmp_path / "portal.db")

    migrate(path)

    assert set(_tables(path)) == PORTAL | IDENTITY | OUTBOX


def test_emptying_the_store_empties_every_table(tmp_path):
    path = str(tmp_path / "portal.db")
    migrate(path)
    with transaction(path) as store:
        person = store.identity.add_person(
            {"name": "张三", "id_number": "110101199003071234", "phone": "13800138000",
             "username": "zhangsan", "password": "Demo@2022", "status": "normal",
             "retirement_track": "M60"}, NOW)
        store.identity.sessions.start(person["id"], NOW)
        store.identity.add_sms_code("13800138000", "login", "123456", NOW, NOW)
        store.identity.set_login_failures(person["id"], 1, None, NOW)
        store.identity.issue_code("bjzwfw-portal", "http://127.0.0.1/oauth/callback",
                                  person["id"], NOW)
        store.portal.sessions.start(person["id"], NOW)
        store.portal.save_draft(person["id"], "haidian-1", "10000", "monthly", NOW)
        case = store.portal.add_case(NewCase(
            "key-1", person["id"], "haidian-1", "11110108MB0140217J", NOW.date(), 2022,
            Decimal(10000), Decimal(10000), None, False, "monthly", NOW, "已提交", None, None),
            "11110108MB0140217J2022061100010001",
            store.portal.next_sequence("11110108MB0140217J", NOW.date()))
        store.portal.save_evaluation(case["id"], 5, "", NOW)
        store.portal.add_deduction(person["id"], "2022-07", Decimal("1504.02"), NOW)
        store.portal.add_payment_event(person["id"], "中断缴费", "2022-09", NOW)
        store.outbox.add("13800138000", "【北京市政务服务网】您申请的办件已提交。", NOW)
        store.portal.mark_read(person["id"], store.outbox.to_phone("13800138000")[0]["id"], NOW)
    assert 0 not in _tables(path).values()

    with transaction(path) as store:
        store.empty()

    assert set(_tables(path).values()) == {0}
