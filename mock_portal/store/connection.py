"""The one database file (SQLite, WAL): a connection and one transaction per request.

The transaction is begun on first use with ``BEGIN IMMEDIATE``, so that "read the last sequence
number, write the next" can never interleave with another request, and committed after the view
returned. What is in the file is the repositories' business (portal.py, identity.py, outbox.py);
how it got its shape is migrations.py's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flask import Flask, current_app, g

from . import migrations
from .identity import IdentityRepository
from .migrations import UnusableDatabase
from .outbox import OutboxRepository
from .portal import PortalRepository


class Store:
    """One transaction on the database file, seen through each system's repository."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.portal = PortalRepository(conn)
        self.identity = IdentityRepository(conn)
        self.outbox = OutboxRepository(conn)

    def empty(self) -> None:
        """Empty every table; the identity platform's last, as the portal's rows name persons."""
        self.portal.empty()
        self.outbox.empty()
        self.identity.empty()


def connect(path: str) -> sqlite3.Connection:
    """A connection in autocommit mode; transactions are begun explicitly."""
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        # FULL: a case acknowledged to the browser survives a hard kill of the process.
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def _open(path: str) -> sqlite3.Connection:
    """A connection to a file that is a SQLite database (or empty), or UnusableDatabase."""
    try:
        conn = connect(path)
        conn.execute("PRAGMA schema_version")  # reads the file's header
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorcode == sqlite3.SQLITE_NOTADB:
            raise UnusableDatabase(f"{path} is not a SQLite database") from exc
        if exc.sqlite_errorcode == sqlite3.SQLITE_CANTOPEN:
            raise UnusableDatabase(f"{path} cannot be opened as a database file") from exc
        raise
    return conn


def migrate(path: str) -> int:
    """Make the file ready: its folder made, its schema brought forward; the version it had.

    Raises UnusableDatabase for a file the store refuses.
    """
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = _open(path)
    try:
        had = migrations.bring_forward(conn, path)
        # After the migration, as the journal mode cannot change inside its transaction, and
        # only then, so that a refused file is left exactly as it was.
        conn.execute("PRAGMA journal_mode = WAL")
        return had
    finally:
        conn.close()


def hold_open(path: str) -> sqlite3.Connection:
    """An idle connection to the file, to keep for as long as the file is served.

    SQLite checkpoints the WAL into the file, syncing both, whenever the last connection to the
    file closes: with a connection per request (D2) that is the end of every request. While
    this one stays open, a checkpoint comes only every `wal_autocheckpoint` pages, in a commit.
    Durability is the WAL's, synced at each commit, either way. It never begins a transaction,
    so it holds no snapshot back from a checkpoint.
    """
    return connect(path)


@contextmanager
def transaction(path: str) -> Iterator[Store]:
    """A store outside any request (at start): committed if the block ends normally."""
    conn = connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield Store(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
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
    """Bring the database forward and tie one transaction to each request of `app`."""
    migrate(app.config["DATABASE"])
    app.after_request(_commit)
    app.teardown_request(_rollback)
