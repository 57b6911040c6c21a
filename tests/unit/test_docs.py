"""The docs a newcomer reads stay usable: README a front door, every relative link leading
somewhere, no issue number a reader cannot open (docs/decisions.md D52)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
PAGES = [README, *sorted((ROOT / "docs").glob("*.md"))]
README_MAX_LINES = 350

#: `[text](target)`, not images' and not inside code (code is removed first).
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)
INLINE_CODE = re.compile(r"`[^`\n]*`")
#: "issue 18", "issues 9 and 10", "PR 12", and "#18" outside code (a colour like `#888` is code).
ISSUE_WORDS = re.compile(r"\b(?:issues?|pull requests?|PRs?)\s*#?\d+", re.I)
HASH_NUMBER = re.compile(r"(?<![\w&/#])#\d+\b")


def without_code(text: str) -> str:
    return INLINE_CODE.sub("", FENCE.sub("", text))


def anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = INLINE_CODE.sub(lambda m: m.group(0).strip("`"), heading.strip()).lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    """Every heading's anchor of a page, repeated headings numbered as GitHub numbers them."""
    seen: dict[str, int] = {}
    found = set()
    for line in FENCE.sub("", page.read_text(encoding="utf-8")).splitlines():
        if match := re.match(r"#{1,6} (.+)", line):
            slug = anchor(match.group(1))
            found.add(f"{slug}-{seen[slug]}" if slug in seen else slug)
            seen[slug] = seen.get(slug, 0) + 1
    return found


def links(page: Path) -> list[str]:
    return [target for target in LINK.findall(without_code(page.read_text(encoding="utf-8")))
            if not re.match(r"[a-z]+:", target)]


def test_the_readme_is_a_front_door_of_at_most_350_lines():
    lines = README.read_text(encoding="utf-8").count("\n")

    assert lines <= README_MAX_LINES, (
        f"README.md has {lines} lines: move the detail to a page in docs/ and link it")


@pytest.mark.parametrize("doc", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_leads_to_a_file_and_heading_that_exist(doc: Path):
    broken = []
    for target in links(doc):
        path, _, fragment = target.partition("#")
        file = (doc.parent / path).resolve() if path else doc
        if not file.exists():
            broken.append(f"{target}: no file {file.relative_to(ROOT)}")
        elif fragment and file.suffix == ".md" and fragment not in anchors(file):
            broken.append(f"{target}: no heading #{fragment} in {file.relative_to(ROOT)}")

    assert broken == []


@pytest.mark.parametrize("doc", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_page_cites_an_issue_number(doc: Path):
    text = doc.read_text(encoding="utf-8")

    cited = ISSUE_WORDS.findall(text) + HASH_NUMBER.findall(without_code(text))

    assert cited == [], "say what the work was, not its issue number: a reader cannot open it"


def test_the_checks_see_links_anchors_and_issue_numbers():
    """The readers above on a made-up page, so that a check cannot pass by finding nothing."""
    sample = "See [a](docs/a.md#the-servers-options), `[b](x.md)` and [c](https://e.org).\n"

    assert LINK.findall(without_code(sample)) == ["docs/a.md#the-servers-options",
                                                  "https://e.org"]
    assert anchor("The server's options") == "the-servers-options"
    assert anchor("POST /__admin/cases/<number>/transition") == \
        "post-__admincasesnumbertransition"
    assert anchor("§7.1 Statuses and moves — assumption") == "71-statuses-and-moves--assumption"
    assert ISSUE_WORDS.findall("after issue 18 and issues 9 and PR #3") == [
        "issue 18", "issues 9", "PR #3"]
    assert HASH_NUMBER.findall(without_code("fixed in #18; grey `#888`; see a.md#71-x")) == [
        "#18"]
