"""docs/writing-tests.md lists every fixture our files define, with its scope, where it is
defined: each table `| fixture | scope | …` under a heading naming `fixtures/` or a tier's
`conftest.py`, against the `@pytest.fixture` definitions read from the source (docs/decisions.md
D52 says why not `pytest --fixtures`). Its worked examples compile and ask only for fixtures
the guide lists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "writing-tests.md"
#: pytest's own and pytest-playwright's fixtures a worked example may ask for besides ours.
NOT_OURS = {"request", "tmp_path", "monkeypatch", "page", "context", "browser", "browser_name",
            "playwright", "browser_type", "is_chromium", "is_firefox", "is_webkit"}
PYTEST_SCOPE = {None: "function", "function": "function", "module": "module",
                "session": "session", "class": "class", "package": "package"}


def places() -> dict[str, list[Path]]:
    """Where fixtures are defined for a tier or for all: the harness's plugins (with the root
    conftest that registers them) and every tier's conftest.py."""
    found = {"fixtures/": [ROOT / "conftest.py", *sorted((ROOT / "fixtures").glob("*.py"))]}
    for conftest in sorted([*ROOT.glob("tests/*/conftest.py"), *ROOT.glob("e2e/conftest.py")]):
        found[conftest.relative_to(ROOT).as_posix()] = [conftest]
    return found


def _fixture_call(decorator: ast.expr) -> ast.Call | None | bool:
    """The `pytest.fixture(...)` call of a decorator, True for a bare `@pytest.fixture`,
    None for any other decorator."""
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
    if name != "fixture":
        return None
    return decorator if isinstance(decorator, ast.Call) else True


def defined_fixtures(files: list[Path]) -> dict[str, str]:
    """{name: scope} of the fixtures the files define (`name=` wins over the function's)."""
    fixtures = {}
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef):
                continue
            for decorator in node.decorator_list:
                call = _fixture_call(decorator)
                if call is None:
                    continue
                options = {k.arg: ast.literal_eval(k.value) for k in getattr(call, "keywords", [])
                           if k.arg in ("name", "scope")}
                fixtures[options.get("name", node.name)] = PYTEST_SCOPE[options.get("scope")]
    return fixtures


def guide_tables(text: str) -> dict[str, dict[str, str]]:
    """{place: {fixture: scope}} of the guide's fixture tables, each under a heading that
    names its place in backticks."""
    tables: dict[str, dict[str, str]] = {}
    heading, rows = "", None
    for line in text.splitlines():
        if line.startswith("#"):
            heading = line
        if line.startswith("| fixture | scope |"):
            place = next((p for p in re.findall(r"`([^`]+)`", heading)), heading)
            rows = tables.setdefault(place, {})
        elif rows is not None and line.startswith("|"):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            if cells[0].startswith("`"):
                rows[cells[0].strip("`")] = cells[1]
        else:
            rows = None
    return tables


def test_every_fixture_is_in_the_guide_under_where_it_is_defined_with_its_scope():
    tables = guide_tables(GUIDE.read_text(encoding="utf-8"))
    defined = {place: fixtures for place, files in places().items()
               if (fixtures := defined_fixtures(files))}

    assert len(defined["fixtures/"]) > 20  # the plugins' fixtures, not an empty read
    assert tables == defined


def test_the_worked_examples_compile_and_ask_only_for_listed_fixtures():
    text = GUIDE.read_text(encoding="utf-8")
    listed = {name for rows in guide_tables(text).values() for name in rows} | NOT_OURS
    examples = re.findall(r"^```python\n(.*?)^```", text, re.S | re.M)

    asked = {arg.arg for example in examples
             for node in ast.walk(ast.parse(example))
             if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
             for arg in node.args.args}

    assert len(examples) >= 3
    assert asked - listed == set()


def test_the_readers_find_fixtures_and_tables(tmp_path):
    """The readers above on made-up sources, so that the check cannot pass by finding none."""
    source = tmp_path / "plugin.py"
    source.write_text("import pytest\nfrom pytest import fixture\n\n"
                      "@pytest.fixture\ndef a(): ...\n\n"
                      "@pytest.fixture(scope='session', name='b')\ndef _b(): ...\n\n"
                      "@fixture(autouse=True)\ndef c(): ...\n\n"
                      "@pytest.mark.slow\ndef test_d(): ...\n")
    guide = ("### Every tier: `fixtures/`\n\n| fixture | scope | returns |\n|---|---|---|\n"
             "| `a` | function | x |\n| `b` | session | y |\n\nText.\n| `z` | not a row |\n")

    assert defined_fixtures([source]) == {"a": "function", "b": "session", "c": "function"}
    assert guide_tables(guide) == {"fixtures/": {"a": "function", "b": "session"}}
