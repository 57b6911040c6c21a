"""docs/writing-tests.md names every page object of pages/ and every intent a test can call
(each public class, method and function, read from the source), the methods of the harness's
objects a test is handed (`user`, `admin`, `clock`), the HTML readers, and each screen's URL as
the apps serve it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from mock_portal import identity, portal
from mock_portal.config import Settings

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "writing-tests.md"


#: The harness's modules whose every public class, method and function the guide names.
SUPPORT = ("support/portal_user.py", "support/control_api.py", "support/clock.py",
           "support/html.py")


def public_names(modules: list[Path], private_classes: bool) -> dict[str, set[str]]:
    """{class or module: its public methods (or functions)} over `modules`; with
    `private_classes`, the methods of `_Base` classes too (pages' screens inherit them)."""
    names: dict[str, set[str]] = {}
    for module in modules:
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and (private_classes
                                                   or not node.name.startswith("_")):
                names[node.name] = {item.name for item in node.body
                                    if isinstance(item, ast.FunctionDef)
                                    and not item.name.startswith("_")}
            elif isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                names.setdefault(module.name, set()).add(node.name)
    return names


def code_of(text: str) -> str:
    """The guide's inline code, one span a line (fenced blocks left out: they are examples)."""
    prose = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return "\n".join(re.findall(r"`([^`]+)`", prose))


def named_in(code: str, name: str) -> bool:
    """`name` as a word of the guide's code: `Name`, `.name(…)` or `name(…)`."""
    return re.search(rf"(?<!\w){re.escape(name)}\b", code) is not None


def test_every_page_object_and_intent_and_every_helper_a_test_is_handed_is_in_the_guide():
    text = code_of(GUIDE.read_text(encoding="utf-8"))
    names = {**public_names(sorted((ROOT / "pages").glob("*.py")), private_classes=True),
             **public_names([ROOT / module for module in SUPPORT], private_classes=False)}

    missing = sorted([owner for owner in names if not owner.endswith(".py")
                      and not owner.startswith("_") and not named_in(text, owner)]
                     + [f"{owner}.{method}" for owner, methods in names.items()
                        for method in methods if not named_in(text, method)])

    assert len(names) > 30  # every module's screens, not an empty read
    assert missing == []


def served_paths(tmp_path: Path) -> dict[str, set[str]]:
    """Each origin's GET routes, their variables written `<>`."""
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


def test_a_name_counts_only_inside_inline_code():
    """The reader above on a made-up page, so that the check cannot pass on prose."""
    code = code_of("Call `.submit()` or `go_back`; then open\nthe door.\n"
                   "```python\nclose()\n```\n")

    assert [named_in(code, name) for name in ("submit", "go_back", "open", "close", "back")] \
        == [True, True, False, False, False]
