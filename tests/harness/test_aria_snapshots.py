"""ARIA snapshot files: a missing one fails saying how to create it, --update-aria-snapshots
writes it, and a page that no longer matches fails with a diff. Two inner runs: one without the
flag (a snapshot missing, another changed), one with it."""

from __future__ import annotations

import pytest

PAGE = """
def test_{name}(page, match_aria_snapshot):
    page.set_content("<main><h1>你好</h1><p>办件单号：1234</p></main>")

    match_aria_snapshot(page.get_by_role("main"), "{name}", {{"1234": r"\\d{{4}}"}})
"""
#: What --update-aria-snapshots writes for PAGE.
WRITTEN = '- main:\n  - heading "你好" [level=1]\n  - paragraph: /^办件单号：\\d{4}$/\n'


@pytest.mark.slow
def test_missing_then_written_then_changed(inner):
    inner.write_tests(PAGE.format(name="greeting") + "\n" + PAGE.format(name="changed"))
    changed = inner.path / "e2e/aria/changed.yml"
    changed.parent.mkdir(parents=True)
    changed.write_text(WRITTEN.replace("你好", "您好"), encoding="utf-8")

    checked = inner.run("-p", "no:randomly")
    updated = inner.run("--update-aria-snapshots")

    checked.assert_outcomes(failed=2)
    checked.stdout.fnmatch_lines(["*no ARIA snapshot e2e/aria/greeting.yml: create it with*"])
    checked.stdout.fnmatch_lines(["*e2e/aria/changed.yml does not match the page:*",
                                  '*-  - heading "您好"*',
                                  '*+  - heading "你好"*'])
    updated.assert_outcomes(passed=2)
    for name in ("greeting", "changed"):
        assert (inner.path / f"e2e/aria/{name}.yml").read_text(encoding="utf-8") == WRITTEN
