"""The store's schema versions: a database file is brought forward at start, or refused untouched."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from mock_portal.store import UnusableDatabase, migrate, transaction
from mock_portal.store.connection import connect
from mock_portal.store.migrations import MIGRATIONS, Migration, bring_forward, read_scripts

BEIJING = timezone(timedelta(hours=8))
NOW = datetime(2022, 6, 11, 9, 30, tzinfo=BEIJING)
LATEST = 6
TABLES = {"persons", "portal_sessions", "drafts", "case_counters", "cases", "case_events",
          "evaluations", "outbox", "idp_sessions", "sms_codes", "login_failures", "auth_codes",
          "message_reads", "deductions", "payment_events"}

#: The schema the store made before it had versions (user_version 0), as it was written then:
#: the portal's tables, then the identity platform's (added later, so older files lack them).
PORTAL_TABLES_BEFORE_VERSIONS = """
CREATE TABLE persons (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, id_number TEXT NOT NULL UNIQUE,
    phone TEXT NOT NULL UNIQUE, username TEXT NOT NULL UNIQUE, password TEXT NOT NULL,
    status TEXT NOT NULL, retirement_track TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES persons(id),
    created_at TEXT NOT NULL, last_seen TEXT NOT NULL, ended_at TEXT
);
CREATE TABLE drafts (
    person_id INTEGER PRIMARY KEY REFERENCES persons(id), office_id TEXT NOT NULL,
    wage TEXT NOT NULL, cycle TEXT NOT NULL, saved_at TEXT NOT NULL
);
CREATE TABLE case_counters (
    department_code TEXT NOT NULL, day TEXT NOT NULL, last INTEGER NOT NULL,
    PRIMARY KEY (department_code, day)
);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, submission_key TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES persons(id), office_id TEXT NOT NULL,
    department_code TEXT NOT NULL, day TEXT NOT NULL, sequence INTEGER NOT NULL,
    contribution_year INTEGER NOT NULL, wage_typed TEXT NOT NULL, base_applied TEXT NOT NULL,
    clamp_reason TEXT, limits_provisional INTEGER NOT NULL, cycle TEXT NOT NULL,
    status TEXT NOT NULL, submitted_at TEXT NOT NULL, next_status TEXT, next_at TEXT,
    UNIQUE (department_code, day, sequence)
);
CREATE INDEX cases_by_person ON cases (person_id, submitted_at);
CREATE INDEX cases_due ON cases (next_at) WHERE next_at IS NOT NULL;
CREATE TABLE case_events (
    id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id),
    status TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE evaluations (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id), score INTEGER NOT NULL,
    comment TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE sms (
    id INTEGER PRIMARY KEY, phone TEXT NOT NULL, text TEXT NOT NULL, sent_at TEXT NOT NULL
);
CREATE INDEX sms_by_phone ON sms (phone, id);
"""
IDENTITY_TABLES_BEFORE_VERSIONS = """
CREATE INDEX sessions_by_person ON sessions (person_id) WHERE ended_at IS NULL;
CREATE TABLE idp_sessions (
    id TEXT PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES persons(id),
    created_at TEXT NOT NULL, last_seen TEXT NOT NULL, ended_at TEXT
);
CREATE INDEX idp_sessions_by_person ON idp_sessions (person_id) WHERE ended_at IS NULL;
CREATE TABLE sms_codes (
    id INTEGER PRIMARY KEY, phone TEXT NOT NULL, purpose TEXT NOT NULL, code TEXT NOT NULL,
    sent_at TEXT NOT NULL, expires_at TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0, used_at TEXT
);
CREATE INDEX sms_codes_by_phone ON sms_codes (phone, purpose, id);
CREATE TABLE login_failures (
    person_id INTEGER PRIMARY KEY REFERENCES persons(id), failures INTEGER NOT NULL,
    locked_until TEXT, last_failure_at TEXT NOT NULL
);
CREATE TABLE auth_codes (
    code TEXT PRIMARY KEY, client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons(id), expires_at TEXT NOT NULL, used_at TEXT
);
"""
#: A person with a portal session, a case and its SMS, as the store wrote them before versions.
ROWS_BEFORE_VERSIONS = """
INSERT INTO persons VALUES (1, '张三', '110101199003071234', '13800138000', 'zhangsan',
    'Demo@2022', 'normal', 'M60', '2022-06-11T09:00:00+08:00');
INSERT INTO sessions VALUES ('sid-1', 1, '2022-06-11T09:10:00+08:00',
    '2022-06-11T09:20:00+08:00', NULL);
INSERT INTO cases VALUES (1, '11110108MB0140217J2022061100010001', 'key-1', 1, 'haidian-1',
    '11110108MB0140217J', '2022-06-11', 1, 2022, '10000', '10000', NULL, 0, 'monthly',
    '已提交', '2022-06-11T09:20:00+08:00', '已受理', '2022-06-11T09:25:00+08:00');
INSERT INTO case_events VALUES (1, 1, '已提交', '2022-06-11T09:20:00+08:00');
INSERT INTO sms VALUES (1, '13800138000', '【北京市政务服务网】您申请的办件已提交。',
    '2022-06-11T09:20:00+08:00');
"""


def _database(path, script: str, user_version: int = 0) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()


def _pragma(path, name: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def _version(path) -> int:
    return _pragma(path, "user_version")


def _schema(path) -> list[tuple]:
    """Every table and index of the file with its SQL, and the version: what a start may change."""
    conn = sqlite3.connect(path)
    try:
        return [*conn.execute("SELECT type, name, sql FROM sqlite_schema ORDER BY name"),
                conn.execute("PRAGMA user_version").fetchone()]
    finally:
        conn.close()


def _tables(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table'")}
    finally:
        conn.close()


def test_a_new_file_gets_every_table_at_the_latest_version_in_wal_mode(tmp_path):
    path = str(tmp_path / "var" / "portal.db")

    had = migrate(path)

    assert (had, _version(path), _tables(path)) == (0, LATEST, TABLES)
    assert _pragma(path, "journal_mode") == "wal"


def test_an_empty_file_gets_every_table_at_the_latest_version(tmp_path):
    path = tmp_path / "portal.db"
    path.touch()

    had = migrate(str(path))

    assert (had, _version(path), _tables(path)) == (0, LATEST, TABLES)


def test_a_file_made_before_versions_is_migrated_and_keeps_its_rows(tmp_path):
    path = str(tmp_path / "portal.db")
    _database(path, PORTAL_TABLES_BEFORE_VERSIONS + IDENTITY_TABLES_BEFORE_VERSIONS
              + ROWS_BEFORE_VERSIONS)

    migrate(path)

    with transaction(path) as store:
        assert (_version(path), _tables(path)) == (LATEST, TABLES)
        assert store.identity.person_by_login("zhangsan")["name"] == "张三"
        assert store.portal.sessions.find("sid-1")["person_id"] == 1
        assert store.portal.sessions.count_open_of(1) == 1
        assert [(c["number"], c["status"]) for c in store.portal.cases_of(1)] == [
            ("11110108MB0140217J2022061100010001", "已提交")]
        assert store.portal.case_events(1) == [
            {"status": "已提交", "at": "2022-06-11T09:20:00+08:00", "result": None,
             "reason": None, "why": None}]
        assert store.outbox.messages("13800138000") == [
            {"phone": "13800138000", "text": "【北京市政务服务网】您申请的办件已提交。",
             "sent_at": "2022-06-11T09:20:00+08:00", "state": "已发送"}]


def test_a_file_from_before_the_identity_platform_gets_its_tables(tmp_path):
    path = str(tmp_path / "portal.db")
    _database(path, PORTAL_TABLES_BEFORE_VERSIONS + ROWS_BEFORE_VERSIONS)

    migrate(path)

    with transaction(path) as store:
        assert (_version(path), _tables(path)) == (LATEST, TABLES)
        assert store.identity.sessions.count_open_of(1) == 0
        assert store.portal.sessions.count_open_of(1) == 1


def test_a_second_start_changes_nothing(tmp_path):
    path = str(tmp_path / "portal.db")
    migrate(path)
    with transaction(path) as store:
        store.outbox.add("13800138000", "第一条", NOW)
    before = _schema(path)

    had = migrate(path)

    with transaction(path) as store:
        assert (had, _schema(path)) == (LATEST, before)
        assert [m["text"] for m in store.outbox.messages("13800138000")] == ["第一条"]


def test_a_file_from_a_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "portal.db"
    _database(path, "CREATE TABLE later (x);", user_version=9)
    before = path.read_bytes()

    with pytest.raises(UnusableDatabase) as refused:
        migrate(str(path))

    assert str(refused.value) == (f"{path} has schema version 9, newer than this mock_portal's {LATEST};"
                                  " use a newer mock_portal or another database file")
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "portal.db"
    path.write_text("张三,13800138000\n", encoding="utf-8")

    with pytest.raises(UnusableDatabase) as refused:
        migrate(str(path))

    assert str(refused.value) == f"{path} is not a SQLite database"
    assert path.read_text(encoding="utf-8") == "张三,13800138000\n"


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(UnusableDatabase) as refused:
        migrate(str(tmp_path))

    assert str(refused.value) == f"{tmp_path} cannot be opened as a database file"


@pytest.mark.parametrize("script", [
    "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT);",
    "CREATE TABLE persons (id INTEGER PRIMARY KEY, email TEXT);",
], ids=["unknown table", "known table, other columns"])
def test_another_applications_database_is_refused_untouched(tmp_path, script):
    path = tmp_path / "other.db"
    _database(path, script)
    before = path.read_bytes()

    with pytest.raises(UnusableDatabase) as refused:
        migrate(str(path))

    table = script.split()[2]
    assert str(refused.value) == (f"{path} is not a mock portal database"
                                  f" (tables not in its schema: {table})")
    assert path.read_bytes() == before


def test_a_failing_script_leaves_the_file_as_it_was(tmp_path):
    path = str(tmp_path / "portal.db")
    migrate(path)
    before = _schema(path)
    broken = Migration(LATEST + 1, f"{LATEST + 1:04d}_broken.sql",
                       "CREATE TABLE half_done (x);\nINSERT INTO nowhere VALUES (1);\n")
    conn = connect(path)

    with pytest.raises(UnusableDatabase) as refused:
        bring_forward(conn, path, (*MIGRATIONS, broken))

    conn.close()
    assert str(refused.value) == (f"{path}: {LATEST + 1:04d}_broken.sql failed"
                                  " (no such table: nowhere); the file is left as it was")
    assert _schema(path) == before


def test_the_scripts_are_numbered_from_one_without_a_gap():
    assert [(m.version, m.name) for m in read_scripts()] == [
        (1, "0001_initial.sql"), (2, "0002_tables_named_by_system.sql"),
        (3, "0003_case_outcomes.sql"), (4, "0004_sms_gateway.sql"),
        (5, "0005_payments.sql"), (6, "0006_message_reads.sql")]


def test_scripts_with_a_gap_are_refused(tmp_path):
    (tmp_path / "0001_initial.sql").write_text("CREATE TABLE a (x);")
    (tmp_path / "0003_later.sql").write_text("CREATE TABLE b (x);")

    with pytest.raises(RuntimeError, match="without a gap"):
        read_scripts(tmp_path)
