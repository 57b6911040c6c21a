"""pages/ imports: any module loads first in a fresh interpreter; no import hides in a function."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "pages"
MODULES = sorted(path.stem for path in PAGES.glob("*.py") if path.stem != "__init__")
#: The one module the others may import names from: it imports no page module.
LEAF = "components"
#: Modules no page module imports, so they may import names too.
TOPS = {"__init__", "journey"}

# pages/__init__.py imports every module in its own order, so `import pages.x` would always
# load them in that one order. A bare `pages` package (no __init__ run) lets `x` really be the
# first: each module as the entry is every order that matters, since where a circle of imports
# is entered decides which module is half-loaded when another one runs.
IMPORT_FIRST = """
import importlib, sys, types
package = types.ModuleType("pages")
package.__path__ = [{pages!r}]
sys.modules["pages"] = package
first = importlib.import_module("pages.{first}")
for name in {modules!r}:
    importlib.import_module("pages." + name)
"""


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


@pytest.mark.parametrize("first", MODULES)
def test_each_pages_module_imports_first_in_a_fresh_interpreter(first):
    code = IMPORT_FIRST.format(pages=str(PAGES), first=first, modules=MODULES)

    result = run_python(code)

    assert result.returncode == 0, result.stderr


def test_the_pages_package_imports_in_a_fresh_interpreter():
    result = run_python("import pages; print(len(pages.__all__))")

    assert result.returncode == 0, result.stderr


def imports_of(module: str) -> list[tuple[ast.stmt, bool]]:
    """Every import statement of a pages module, with whether it is at the module's top level."""
    tree = ast.parse((PAGES / f"{module}.py").read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    return [(node, id(node) in top) for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)]


@pytest.mark.parametrize("module", ["__init__", *MODULES])
def test_every_import_in_pages_is_at_the_top_of_its_module(module):
    hidden = [f"{module}.py:{node.lineno}" for node, at_top in imports_of(module) if not at_top]

    # Inside a function, a class or an `if TYPE_CHECKING:` an import hides a cycle.
    assert hidden == []


@pytest.mark.parametrize("module", sorted(set(MODULES) - TOPS))
def test_page_modules_import_each_other_as_modules(module):
    by_name = [f"{module}.py:{node.lineno} from .{node.module} import …"
               for node, _ in imports_of(module)
               if isinstance(node, ast.ImportFrom) and node.level == 1
               and node.module not in (None, LEAF)]

    # `from .space import MySpacePage` fails when space is half-loaded; `from . import space`
    # and `space.MySpacePage` at call time do not.
    assert by_name == []


def test_components_imports_no_page_module():
    siblings = [node.lineno for node, _ in imports_of(LEAF)
                if isinstance(node, ast.ImportFrom) and node.level > 0]

    assert siblings == []
