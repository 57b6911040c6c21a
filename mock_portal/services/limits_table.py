"""The limits table in force: the published one, with the years a test or a file overrides."""

from __future__ import annotations

import json
import threading
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..domain import limits
from ..domain.rules import Rules

_lock = threading.Lock()
_override: dict[int, tuple[Decimal, Decimal]] | None = None
_startup: dict[int, tuple[Decimal, Decimal]] | None = None


class InvalidTable(ValueError):
    """A limits table that cannot be used; str() says which entry and why."""


def parse(raw: object) -> dict[int, tuple[Decimal, Decimal]]:
    """`{"2026": {"lower": "7500", "upper": "37000"}, …}` → a table (years as integers)."""
    if not isinstance(raw, dict) or not raw:
        raise InvalidTable("limits: expected a non-empty object of years")
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


def load_file(path: str) -> None:
    """Use the table of a JSON file (the CLI's --limits) from start-up on, resets included."""
    global _startup
    _startup = parse(json.loads(Path(path).read_text(encoding="utf-8")))
    replace(_startup)


def restore() -> None:
    """Back to the table the server started with."""
    replace(_startup)


def replace(table: dict[int, tuple[Decimal, Decimal]] | None) -> None:
    """Override the years of `table` (None: back to the published limits only)."""
    global _override
    with _lock:
        _override = table


def table() -> dict[int, tuple[Decimal, Decimal]]:
    with _lock:
        return {**limits.PUBLISHED, **(_override or {})}


def on(day: date, rules: Rules) -> limits.YearLimits:
    """The limits in force on `day` by an app's `rules`, from the table in force."""
    return rules.limits_on(day, table())


def as_json() -> dict:
    return {str(y): {"lower": str(lo), "upper": str(hi)} for y, (lo, hi) in table().items()}
