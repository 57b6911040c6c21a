"""docs/control-api.md names every route of the control API, and only those: its
`### METHOD /__admin/…` headings against the portal app's url_map, both ways."""

from __future__ import annotations

import re
from pathlib import Path

from mock_portal import portal
from mock_portal.config import Settings

DOC = Path(__file__).resolve().parents[2] / "docs" / "control-api.md"
ROUTE_HEADING = re.compile(r"^### (GET|PUT|POST|DELETE|PATCH) (/__admin/\S*)$", re.M)


def documented_routes() -> set[tuple[str, str]]:
    return set(ROUTE_HEADING.findall(DOC.read_text(encoding="utf-8")))


def served_routes(tmp_path: Path) -> set[tuple[str, str]]:
    """(method, rule) of every control route of a test-mode portal, read from its url_map."""
    app = portal.create_app(Settings(test_mode=True, database=str(tmp_path / "portal.db")))
    return {(method, rule.rule) for rule in app.url_map.iter_rules()
            if rule.rule.startswith("/__admin")
            for method in rule.methods - {"HEAD", "OPTIONS"}}


def test_every_served_control_route_is_documented_and_every_documented_one_served(tmp_path):
    documented, served = documented_routes(), served_routes(tmp_path)

    assert len(served) > 20  # the whole API, not an empty url_map
    assert {"undocumented": sorted(served - documented),
            "not served": sorted(documented - served)} == {"undocumented": [],
                                                           "not served": []}
