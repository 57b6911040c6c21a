"""The schema's versions: numbered scripts in schema/; PRAGMA user_version says how far a file is.

At start the file is brought forward by every script it lacks, all in one transaction, so it is
either at its old version or at the newest, never in between. A file from a newer schema than these
scripts, or one holding tables that are not ours, is refused untouched with a one-line reason
(UnusableDatabase; connection.py refuses a file that is not SQLite the same way).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

SCHEMA = Path(__file__).with_name("schema")
SCRIPT_NAME = re.compile(r"(\d{4})_\w+\.sql")


@dataclass(frozen=True)
class Migration:
    """One script of schema/: it takes a database from `version - 1` to `version`."""

    version: int
    name: str
    sql: str


class UnusableDatabase(Exception):
    """A database file the store refuses; str() says which file and why, in one line."""


def read_scripts(folder: Path = SCHEMA) -> tuple[Migration, ...]:
    """The scripts of `folder`, which must be numbered 0001, 0002, … without a gap."""
    found = sorted((int(match[1]), path) for path in folder.iterdir()
                   if (match := SCRIPT_NAME.fullmatch(path.name)))
    if [version for version, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"{folder}: scripts must be numbered 0001, 0002, … without a gap: "
                           f"{[path.name for _, path in found]}")
    return tuple(Migration(version, path.name, path.read_text(encoding="utf-8"))
                 for version, path in found)


MIGRATIONS = read_scripts()
#: The schema version this code works with.
LATEST = MIGRATIONS[-1].version


def statements(sql: str) -> Iterator[str]:
    """A script's statements one by one.

    Not executescript(): it would first commit the transaction the migration runs in.
    """
    pending = ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""
    if pending.strip():
        yield pending


def bring_forward(conn: sqlite3.Connection, name: str,
                  migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Apply the scripts the database lacks, in one transaction; the version it had."""
    # IMMEDIATE: two processes starting on one file migrate one after the other.
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = _version(conn, name, migrations)
        for migration in migrations[found:]:
            _apply(conn, name, migration)
        conn.execute(f"PRAGMA user_version = {migrations[-1].version}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return found


def _version(conn: sqlite3.Connection, name: str, migrations: Sequence[Migration]) -> int:
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > migrations[-1].version:
        raise UnusableDatabase(
            f"{name} has schema version {found}, newer than this mock_portal's "
            f"{migrations[-1].version}; use a newer mock_portal or another database file")
    if found == 0:
        _check_unversioned(conn, name, migrations[0])
    return found


def _check_unversioned(conn: sqlite3.Connection, name: str, first: Migration) -> None:
    """Refuse a version-0 file holding a table that is not the first script's, column for column."""
    # Version 0 is an empty file or one made before the schema had versions, whose tables are
    # some or all of the first script's; that script (CREATE … IF NOT EXISTS) completes it.
    reference = sqlite3.connect(":memory:")
    try:
        for statement in statements(first.sql):
            reference.execute(statement)
        known = _tables(reference)
    finally:
        reference.close()
    foreign = sorted(table for table, columns in _tables(conn).items()
                     if known.get(table) != columns)
    if foreign:
        raise UnusableDatabase(f"{name} is not a mock portal database "
                               f"(tables not in its schema: {', '.join(foreign)})")


def _tables(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Each table of the database with its column names, SQLite's own tables left out."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
        " ESCAPE '\\'")]
    return {table: tuple(row[0] for row in conn.execute(
                "SELECT name FROM pragma_table_info(?)", (table,)))
            for table in names}


def _apply(conn: sqlite3.Connection, name: str, migration: Migration) -> None:
    try:
        for statement in statements(migration.sql):
            conn.execute(statement)
    except sqlite3.DatabaseError as exc:
        raise UnusableDatabase(
            f"{name}: {migration.name} failed ({exc}); the file is left as it was") from exc
