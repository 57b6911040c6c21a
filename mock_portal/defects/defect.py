"""One seeded defect: its name, area and sentence, and what it swaps for the apps built with it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..config import Settings
from ..web import AppParts


@dataclass(frozen=True)
class Defect:
    """One seeded bug: what it is called, where it lives (also the pytest marker of the tests
    about it), what goes wrong, and the fields it swaps: of the app's domain rules
    (domain/rules.py), its HTTP gates or page details (web.py), or its settings (config.py)."""

    name: str
    area: str
    description: str
    rules: Mapping[str, Any] = field(default_factory=dict)
    gates: Mapping[str, Any] = field(default_factory=dict)
    page: Mapping[str, Any] = field(default_factory=dict)
    settings: Mapping[str, Any] = field(default_factory=dict)

    def listing(self, on: bool) -> dict:
        return {"name": self.name, "area": self.area, "description": self.description, "on": on}

    def applied_to(self, settings: Settings, parts: AppParts) -> tuple[Settings, AppParts]:
        """`settings` and `parts` with this defect's fields swapped in."""
        return replace(settings, **self.settings), AppParts(
            replace(parts.rules, **self.rules), replace(parts.gates, **self.gates),
            replace(parts.page, **self.page))
