"""A database file left at an earlier schema version, with rows of that version: the migration
tests' starting point."""

from __future__ import annotations

import sqlite3

from mock_portal.store.migrations import MIGRATIONS, bring_forward


def file_at_version(path: str, version: int, rows: str) -> None:
    """Make `path` a database at schema `version` holding `rows` (SQL inserts)."""
    conn = sqlite3.connect(path, isolation_level=None)
    bring_forward(conn, path, MIGRATIONS[:version])
    conn.executescript(rows)
    conn.close()
