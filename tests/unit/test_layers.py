"""The import rules of docs/architecture.md: which top-level packages each part may import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Part of the project → packages it must never import (at any depth of the module).
FORBIDDEN = {
    "mock_portal/domain": {"flask", "werkzeug", "mock_portal.store", "mock_portal.services",
                           "mock_portal.portal", "mock_portal.identity", "mock_portal.admin"},
    "mock_portal/store": {"mock_portal.services", "mock_portal.portal", "mock_portal.identity",
                          "mock_portal.admin"},
    "pages": {"mock_portal", "support", "fixtures", "pytest"},
    "support": {"mock_portal", "fixtures", "pytest", "_pytest"},
    "scripts": {"mock_portal", "fixtures", "pytest"},
    "benchmarks": {"mock_portal", "fixtures", "pytest"},
}


def imported_modules(source: str, package: str) -> set[str]:
    """Every module an `import` or `from … import` of `source` names, relative ones resolved
    against `package` (the dotted name of the module's own package)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                names.add(".".join([*base, node.module] if node.module else base))
            else:
                names.add(node.module or "")
    return names


def breaches(part: str) -> list[str]:
    """`file: module` for each forbidden import in the files of `part`."""
    found = []
    for path in sorted((ROOT / part).rglob("*.py")):
        package = ".".join(path.relative_to(ROOT).parent.parts)
        for name in imported_modules(path.read_text(encoding="utf-8"), package):
            if any(name == banned or name.startswith(banned + ".")
                   for banned in FORBIDDEN[part]):
                found.append(f"{path.relative_to(ROOT)}: {name}")
    return found


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_a_part_imports_nothing_it_must_not(part):
    assert breaches(part) == []


def test_the_check_sees_absolute_and_relative_imports():
    source = "import flask\nfrom ..store import get_store\nfrom . import limits\n"

    names = imported_modules(source, "mock_portal.domain")

    assert names == {"flask", "mock_portal.store", "mock_portal.domain"}
