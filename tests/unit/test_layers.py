"""The layers of docs/architecture.md: the table's rows in order, what each part of mock_portal
may import (its own layer or lower ones), that no two of its packages import each other, and
which packages the harness's own parts never import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "mock_portal"

#: Every package and top-level module of mock_portal → the others it may import, top layer
#: first (docs/architecture.md, "Inside mock_portal: layers").
MAY_IMPORT: dict[str, set[str]] = {
    # entry
    "__main__": {"config", "defects", "domain", "server", "services", "store"},
    "server": {"clock", "conditions", "config", "domain", "identity", "portal", "services",
               "store", "traffic"},
    # areas (Flask); the portal registers the control API (admin) in test mode
    "portal": {"admin", "conditions", "config", "csrf", "defects", "domain", "encoding",
               "errors", "favicon", "in_request", "services", "store", "traffic", "web"},
    "identity": {"conditions", "config", "csrf", "defects", "domain", "encoding", "errors",
                 "favicon", "in_request", "services", "store", "traffic", "web"},
    "admin": {"conditions", "config", "defects", "domain", "in_request", "services", "store",
              "traffic", "web"},
    # one mock's clock, limits table, platform availability and gateway mode
    "conditions": {"clock", "domain", "services"},
    # seeded defects: swaps of the rules, gates, page details and settings an app is built with
    "defects": {"config", "domain", "web"},
    # shared web helpers: an app's rules, gates and page details (web), its gates' checks
    "web": {"domain"},
    # what a view hands the services, gathered once: the request's time, the gateway, and the
    # services every view calls the same way
    "in_request": {"conditions", "domain", "services", "store", "web"},
    "csrf": {"domain"},
    "encoding": set(),
    "errors": set(),
    "favicon": set(),
    # in front (test mode)
    "traffic": {"clock"},
    # services: handed the store, the settings and the app's rules
    "services": {"config", "domain", "store"},
    "store": {"domain"},
    # the domain, its swappable rules (domain/rules.py) included: imports nothing of the rest
    "domain": set(),
    "clock": set(),
    "config": set(),
    "__init__": set(),
}

#: The layers of docs/architecture.md's table, top first, each with its parts (mock_portal's
#: own `__init__`, empty, at the bottom): a part imports only from its own layer or lower ones.
LAYERS: list[tuple[str, set[str]]] = [
    ("entry", {"__main__", "server"}),
    ("areas (Flask)", {"portal", "identity", "admin"}),
    ("seeded defects", {"defects"}),
    ("shared web helpers", {"web", "in_request", "csrf", "encoding", "errors", "favicon"}),
    ("in front (test mode)", {"traffic"}),
    ("the mock's conditions", {"conditions"}),
    ("services", {"services"}),
    ("store", {"store"}),
    ("domain", {"domain"}),
    ("bottom", {"clock", "config", "__init__"}),
]

#: Part of the project → packages it must never import (at any depth of the module).
FORBIDDEN = {
    "mock_portal/domain": {"flask", "werkzeug", "markupsafe", "jinja2"},
    "pages": {"mock_portal", "support", "fixtures", "pytest"},
    "support": {"mock_portal", "fixtures", "pytest", "_pytest"},
    "scripts": {"mock_portal", "fixtures", "pytest"},
    "benchmarks": {"mock_portal", "fixtures", "pytest"},
}


def imported_modules(source: str, package: str) -> set[str]:
    """Every module an `import` or `from … import` of `source` names, relative ones resolved
    against `package` (the dotted name of the module's own package); `from . import a` names
    `package.a`."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                if node.module:
                    names.add(".".join([*base, node.module]))
                else:
                    names.update(".".join([*base, alias.name]) for alias in node.names)
            else:
                names.add(node.module or "")
    return names


def part_of(path: Path) -> str:
    """The package or top-level module of mock_portal that `path` belongs to."""
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def imports_between_parts() -> dict[str, set[str]]:
    """Each part of mock_portal → the other parts its files import."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        part = part_of(path)
        package = ".".join(path.relative_to(ROOT).parent.parts)
        targets = found.setdefault(part, set())
        for name in imported_modules(path.read_text(encoding="utf-8"), package):
            dotted = name.split(".")
            if dotted[0] == "mock_portal" and len(dotted) > 1 and dotted[1] != part:
                targets.add(dotted[1])
    return found


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each import circle of `graph` once, as the parts along it (first part repeated last)."""
    found, done = [], set()

    def walk(part: str, path: list[str]) -> None:
        for target in sorted(graph.get(part, ())):
            if target in path:
                circle = path[path.index(target):] + [target]
                if frozenset(circle) not in done:
                    done.add(frozenset(circle))
                    found.append(circle)
            else:
                walk(target, [*path, target])

    for start in sorted(graph):
        walk(start, [start])
    return found


def test_the_table_names_every_part_of_mock_portal():
    parts = {part_of(path) for path in PACKAGE.rglob("*.py")}

    assert parts == set(MAY_IMPORT)


def test_each_part_imports_only_what_the_table_allows():
    breaches = {part: sorted(targets - MAY_IMPORT.get(part, set()))
                for part, targets in imports_between_parts().items()
                if targets - MAY_IMPORT.get(part, set())}

    assert breaches == {}


def test_no_two_parts_import_each_other_around_a_circle():
    assert circles(imports_between_parts()) == []
    assert circles(MAY_IMPORT) == []


def layer_of(part: str) -> int:
    """How far down LAYERS `part` sits (0: the top)."""
    return next(depth for depth, (_, parts) in enumerate(LAYERS) if part in parts)


def architecture_rows() -> list[tuple[str, str]]:
    """(layer, modules) of each row of docs/architecture.md's layer table, top first."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## Inside mock_portal: layers", 1)[1].split("\n## ", 1)[0]
    cells = [line.split("|")[1:3] for line in section.splitlines() if line.startswith("| ")]
    return [(layer.strip(), modules) for layer, modules in cells[1:]]


def test_the_layers_are_the_rows_of_the_architecture_table_and_name_every_part():
    rows = architecture_rows()

    assert [layer for layer, _ in rows] == [layer for layer, _ in LAYERS]
    assert {part for (_, modules), (_, parts) in zip(rows, LAYERS, strict=True)
            for part in parts if part != "__init__" and f"`{part}" not in modules} == set()
    assert set().union(*(parts for _, parts in LAYERS)) == set(MAY_IMPORT)


def upward(table: dict[str, set[str]]) -> dict[str, list[str]]:
    """Each part of `table` → the parts of higher layers it names."""
    found = {part: sorted(target for target in targets if layer_of(target) < layer_of(part))
             for part, targets in table.items()}
    return {part: targets for part, targets in found.items() if targets}


def test_each_part_may_import_only_its_own_layer_or_lower_ones():
    assert upward(MAY_IMPORT) == {}


def test_the_layer_check_finds_an_upward_edge_that_closes_no_circle():
    table = {"services": {"store", "web"}, "web": {"domain"}, "store": {"domain"}, "domain": set()}

    assert (upward(table), circles(table)) == ({"services": ["web"]}, [])


def test_the_circle_check_finds_a_circle_of_three_once():
    graph = {"services": {"store"}, "store": {"rules"}, "rules": {"services"}, "domain": set()}

    assert circles(graph) == [["rules", "services", "store", "rules"]]


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

    assert names == {"flask", "mock_portal.store", "mock_portal.domain.limits"}
