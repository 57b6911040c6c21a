"""docs/writing-tests.md names every page object of pages/ and every intent a test can call:
each public class, each public method (inherited ones through their base) and each public
function, read from the source."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "writing-tests.md"


def public_names() -> dict[str, set[str]]:
    """{class or module: its public methods (or functions)} over pages/*.py."""
    names: dict[str, set[str]] = {}
    for module in sorted((ROOT / "pages").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                names[node.name] = {item.name for item in node.body
                                    if isinstance(item, ast.FunctionDef)
                                    and not item.name.startswith("_")}
            elif isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                names.setdefault(module.name, set()).add(node.name)
    return names


def named_in(text: str, name: str) -> bool:
    """`name` in code in the guide: `Name`, `.name(…)` or `name(…)`."""
    return re.search(rf"`[^`]*(?<![\w]){re.escape(name)}\b[^`]*`", text) is not None


def test_every_page_object_and_intent_is_in_the_guide():
    text = GUIDE.read_text(encoding="utf-8")
    names = public_names()

    missing = sorted([owner for owner in names if not owner.endswith(".py")
                      and not owner.startswith("_") and not named_in(text, owner)]
                     + [f"{owner}.{method}" for owner, methods in names.items()
                        for method in methods if not named_in(text, method)])

    assert len(names) > 30  # every module's screens, not an empty read
    assert missing == []


def served_paths(tmp_path: Path) -> dict[str, set[str]]:
    """Each origin's GET routes, their variables written `<>`."""
    from mock_portal import identity, portal
    from mock_portal.config import Settings

    settings = Settings(test_mode=True, database=str(tmp_path / "portal.db"))
    return {origin: {re.sub(r"<[^>]+>", "<>", rule.rule) for rule in app.url_map.iter_rules()
                     if "GET" in rule.methods}
            for origin, app in (("portal", portal.create_app(settings)),
                                ("idp", identity.create_app(settings)))}


def test_every_screens_url_in_the_guide_is_served(tmp_path):
    text = GUIDE.read_text(encoding="utf-8")
    rows = [line.split("|")[3] for line in text.splitlines()
            if line.startswith("| ") and line.count("|") == 6 and "(`" in line.split("|")[2]]
    urls = [url for cell in rows for url in re.findall(r"`((?:idp:)?/[^`]*)`", cell)]
    served = served_paths(tmp_path)

    unserved = [url for url in urls
                if re.sub(r"<[^>]+>", "<>", url.removeprefix("idp:").split("?")[0])
                not in served["idp" if url.startswith("idp:") else "portal"]]

    assert len(urls) > 25  # the screens' table, not an empty read
    assert unserved == []
