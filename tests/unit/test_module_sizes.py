"""Small modules with one job: no module of mock_portal/ is over MAX_LINES lines."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 300


def test_no_module_of_mock_portal_is_over_300_lines():
    sizes = {str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
             for path in sorted((ROOT / "mock_portal").rglob("*.py"))}

    assert {path: lines for path, lines in sizes.items() if lines > MAX_LINES} == {}
