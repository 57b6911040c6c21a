"""`python -m mock_portal` on a database file it refuses: one line, status 2, the file untouched."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _serve(database: Path) -> subprocess.CompletedProcess:
    # Port 0: the process is expected to stop before it listens anywhere.
    return subprocess.run(
        [sys.executable, "-m", "mock_portal", "--port", "0", "--idp-port", "0", "--test-mode",
         "--db", str(database)],
        cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_a_database_from_a_newer_schema_stops_the_server_with_one_line(tmp_path):
    database = tmp_path / "portal.db"
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = database.read_bytes()

    run = _serve(database)

    assert (run.returncode, run.stdout, run.stderr) == (
        2, "", f"python -m mock_portal: {database} has schema version 99, newer than this "
               "mock_portal's 6; use a newer mock_portal or another database file\n")
    assert database.read_bytes() == before


def test_a_file_that_is_not_a_database_stops_the_server_with_one_line(tmp_path):
    database = tmp_path / "portal.db"
    database.write_text("name,phone\n张三,13800138000\n", encoding="utf-8")

    run = _serve(database)

    assert (run.returncode, run.stdout, run.stderr) == (
        2, "", f"python -m mock_portal: {database} is not a SQLite database\n")
    assert database.read_text(encoding="utf-8") == "name,phone\n张三,13800138000\n"
