"""ARIA snapshot files: a missing one fails saying how to create it, --update-aria-snapshots
writes it, and a page that no longer matches fails with a diff."""

from __future__ import annotations

import pytest

GREETING = """
def test_greeting(page, match_aria_snapshot):
    page.set_content("<main><h1>你好</h1><p>办件单号：1234</p></main>")

    match_aria_snapshot(page.get_by_role("main"), "greeting", {"1234": r"\\d{4}"})
"""
SNAPSHOT = "e2e/aria/greeting.yml"


@pytest.mark.slow
def test_missing_then_written_then_changed(inner):
    inner.write_tests(GREETING)

    missing = inner.run()
    written = inner.run("--update-aria-snapshots")
    kept = (inner.path / SNAPSHOT).read_text(encoding="utf-8")
    (inner.path / SNAPSHOT).write_text(kept.replace("你好", "您好"), encoding="utf-8")
    changed = inner.run()

    missing.assert_outcomes(failed=1)
    missing.stdout.fnmatch_lines([f"*no ARIA snapshot {SNAPSHOT}: create it with*"])
    written.assert_outcomes(passed=1)
    assert kept == ('- main:\n  - heading "你好" [level=1]\n'
                    '  - paragraph: /^办件单号：\\d{4}$/\n')
    changed.assert_outcomes(failed=1)
    changed.stdout.fnmatch_lines([f"*{SNAPSHOT} does not match the page:*",
                                  '*-  - heading "您好"*',
                                  '*+  - heading "你好"*'])
