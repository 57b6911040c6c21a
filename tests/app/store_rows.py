"""What the app tier's hostile-input tests compare before and after a refusal: every stored row."""

from __future__ import annotations

import sqlite3


def database_rows(path: str) -> dict[str, list[str]]:
    """Every row of every table (the sessions tables left out: reading any page moves their
    last-seen times)."""
    with sqlite3.connect(path) as db:
        tables = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: sorted(map(repr, db.execute(f'SELECT * FROM "{table}"')))
                for table in tables if not table.endswith("sessions")}
