"""The limits table in force on one mock: the published one, with the years its start-up file
(the CLI's --limits) and a test's override replace."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..domain import limits
from ..domain.limits import Table


class InvalidTable(ValueError):
    """A limits table that cannot be used; str() says which entry and why."""


def parse(raw: object) -> Table:
    """`{"2026": {"lower": "7500", "upper": "37000"}, …}` → a table (years as integers)."""
    if not isinstance(raw, dict) or not raw:
        raise InvalidTable("expected a non-empty object of years")
    table = {}
    for year, entry in raw.items():
        try:
            lower, upper = Decimal(str(entry["lower"])), Decimal(str(entry["upper"]))
            key = int(year)
        except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
            raise InvalidTable(f"{year}: expected {{\"lower\": …, \"upper\": …}}") from exc
        if not 0 < lower <= upper:
            raise InvalidTable(f"{year}: need 0 < lower <= upper")
        table[key] = (lower, upper)
    return table


def read_file(path: str) -> Table:
    """The table of a JSON file (the CLI's --limits); OSError, JSONDecodeError or InvalidTable."""
    return parse(json.loads(Path(path).read_text(encoding="utf-8")))


class LimitsTable:
    """One mock's limits: the years of `startup` (None: the published limits only) from its
    start on, resets included, and those of a test's override on top."""

    def __init__(self, startup: Table | None = None) -> None:
        self._startup = startup
        self._override = startup

    def replace(self, table: Table | None) -> None:
        """Override the years of `table` (None: back to the published limits only)."""
        self._override = table

    def restore(self) -> None:
        """Back to the table the mock started with."""
        self._override = self._startup

    def table(self) -> Table:
        return {**limits.PUBLISHED, **(self._override or {})}

    def as_json(self) -> dict:
        return {str(year): {"lower": str(lower), "upper": str(upper)}
                for year, (lower, upper) in self.table().items()}
