"""ARIA snapshots kept as files: where they live, and the volatile values of a fresh snapshot
written as patterns (a 办件单号, a person's name), so the file holds what every run shows."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

#: The snapshot files, one per screen, relative to the project's root: e2e/aria/<name>.yml.
FOLDER = Path("e2e", "aria")

#: The option that rewrites them from the pages as they are.
UPDATE_OPTION = "--update-aria-snapshots"

# The characters a JavaScript regular expression needs escaped outside a class (Python's
# re.escape escapes more, and some of its escapes are errors in a JavaScript /u expression).
_SPECIAL = re.compile(r"[\\^$.|?*+()[\]{}/]")
# A quoted accessible name ("…", with \" inside); a line's text after its last ": " is read apart.
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def path_of(name: str) -> Path:
    """The snapshot file of `name`, relative to the project's root."""
    return FOLDER / f"{name}.yml"


def missing_message(name: str, test: str) -> str:
    """What `test` (its node id) says when its snapshot file is not there yet."""
    return (f"no ARIA snapshot {path_of(name).as_posix()}: "
            f"create it with `make test WORKERS=0 PYTEST_ARGS=\"{UPDATE_OPTION} '{test}'\"` and "
            "review it before you commit it")


def mismatch_message(name: str, expected: str, actual: str) -> str:
    """The file against the page's snapshot (volatile values already patterns), as a diff."""
    shown = path_of(name).as_posix()
    diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), shown, "the page",
                                lineterm="")
    return (f"{shown} does not match the page:\n" + "\n".join(diff)
            + f"\n(if the change is meant: {UPDATE_OPTION}, then review the diff)")


def _js_escape(text: str) -> str:
    return _SPECIAL.sub(lambda m: "\\" + m[0], text)


def _as_pattern(text: str, volatile: dict[str, str]) -> str | None:
    """`text` as a /regex/ with each volatile value replaced by its pattern; None when it holds
    none of them."""
    if not any(value in text for value in volatile):
        return None
    split = re.compile("|".join(re.escape(v) for v in sorted(volatile, key=len, reverse=True)))
    pieces, at = [], 0
    for match in split.finditer(text):
        pieces += [_js_escape(text[at:match.start()]), volatile[match[0]]]
        at = match.end()
    pieces.append(_js_escape(text[at:]))
    return "/^" + "".join(pieces) + "$/"


def with_patterns(snapshot: str, volatile: dict[str, str]) -> str:
    """The snapshot without links' addresses, and with every name or text that shows a
    volatile value (keys of `volatile`) written as a regular expression (the value's pattern:
    `volatile[value]`)."""
    volatile = {value: pattern for value, pattern in volatile.items() if value}
    lines = []
    for line in snapshot.splitlines():
        if line.lstrip().startswith("- /url:"):
            continue  # where a link leads is not what a person hears; it also holds state
        # A quoted name: - link "查看详情 1111…" → - link /^查看详情 \d{45}$/
        line = _QUOTED.sub(
            lambda m: _as_pattern(m[1].replace('\\"', '"'), volatile) or m[0], line)
        # A text after the role (or the line's own text): - definition: 1111… → /^\d{45}$/
        head, colon, text = line.rpartition(": ")
        if colon and not text.startswith("/"):
            pattern = _as_pattern(text.strip('"'), volatile)
            if pattern is not None:
                line = f"{head}: {pattern}"
        lines.append(line)
    return "\n".join(_without_empty_parents(lines)) + "\n"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _without_empty_parents(lines: list[str]) -> list[str]:
    """`- link "x":` whose only child was its address becomes `- link "x"`."""
    kept = []
    for i, line in enumerate(lines):
        has_children = i + 1 < len(lines) and _indent(lines[i + 1]) > _indent(line)
        kept.append(line[:-1] if line.endswith(":") and not has_children else line)
    return kept
