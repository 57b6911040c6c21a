"""The baselines a test compares the page with, in two inner runs that share their steps (D39):
expect_screenshot (fixtures/screenshots.py) and ARIA snapshot files (fixtures/aria_snapshots.py).

- Screenshots: --update-snapshots=missing writes baselines beside the test, a missing one fails
  naming the command that writes it, a screen that changed fails with its expected, actual and
  diff images in test-results/, the HTML report and JUnit. Which baselines each mode of
  --update-snapshots writes (a changed one with `changed`) is held in
  tests/unit/test_screenshots.py: a third browser run would show the same write as the first.
- ARIA snapshots: a missing one fails saying how to create it, a page that no longer matches
  fails with a diff (the first run, whose --update-snapshots leaves them alone), and
  --update-aria-snapshots writes both (the second run)."""

from __future__ import annotations

import base64

import pytest

from tests.harness.reports import html_report_tests, junit_properties

#: A heading whose colour the environment sets, and a screen that never changes.
SCREENS = """
import os


def test_heading(page, expect_screenshot):
    page.set_content(f"<h1 style='color: {os.environ['COLOUR']}'>首都之窗</h1>")
    expect_screenshot(page, "heading")


def test_unchanged(page, expect_screenshot):
    page.set_content("<p>用户须知</p>")
    expect_screenshot(page.locator("p"), "notice")
"""
#: A screen added after the baselines were written.
NEW_SCREEN = """

def test_new(page, expect_screenshot):
    page.set_content("<p>信息确认</p>")
    expect_screenshot(page, "confirmation")
"""
NODE = "test_inner.py::test_heading[desktop-chromium]"
FOLDER = "test-results/test-inner-py-test-heading-desktop-chromium"
BASELINES = "test_inner.py-snapshots"

#: A page matched against its ARIA snapshot file.
ARIA_PAGE = """

def test_{name}(page, match_aria_snapshot):
    page.set_content("<main><h1>你好</h1><p>办件单号：1234</p></main>")

    match_aria_snapshot(page.get_by_role("main"), "{name}", {{"1234": r"\\d{{4}}"}})
"""
#: A missing snapshot and one the page no longer matches.
ARIA = ARIA_PAGE.format(name="greeting") + ARIA_PAGE.format(name="changed")
#: What --update-aria-snapshots writes for ARIA_PAGE.
WRITTEN = '- main:\n  - heading "你好" [level=1]\n  - paragraph: /^办件单号：\\d{4}$/\n'


@pytest.mark.slow
def test_screenshots_and_aria_snapshots_fail_when_missing_or_changed_and_are_written_on_request(
        inner, monkeypatch):
    inner.write_tests(SCREENS + ARIA)
    changed = inner.path / "e2e/aria/changed.yml"
    changed.parent.mkdir(parents=True)
    changed.write_text(WRITTEN.replace("你好", "您好"), encoding="utf-8")
    monkeypatch.setenv("COLOUR", "rgb(200, 22, 29)")

    first = inner.run("-p", "no:randomly", "--update-snapshots=missing")

    first.assert_outcomes(passed=2, failed=2)
    baseline = inner.path / BASELINES / "heading-desktop-chromium-linux.png"
    assert sorted(p.name for p in baseline.parent.iterdir()) == [
        "heading-desktop-chromium-linux.png", "notice-desktop-chromium-linux.png"]
    first.stdout.fnmatch_lines(["*no ARIA snapshot e2e/aria/greeting.yml: create it with*"])
    first.stdout.fnmatch_lines(["*e2e/aria/changed.yml does not match the page:*",
                                '*-  - heading "您好"*',
                                '*+  - heading "你好"*'])
    assert not (inner.path / "e2e/aria/greeting.yml").exists()

    inner.write_tests(SCREENS + NEW_SCREEN + ARIA)
    monkeypatch.setenv("COLOUR", "rgb(250, 140, 22)")
    result = inner.run("-p", "no:randomly", "--html=reports/report.html",
                       "--self-contained-html", "--junitxml=reports/junit.xml",
                       "--update-aria-snapshots")

    result.assert_outcomes(failed=2, passed=3)
    for name in ("greeting", "changed"):
        assert (inner.path / f"e2e/aria/{name}.yml").read_text(encoding="utf-8") == WRITTEN
    terminal = result.stdout.str()
    assert "screenshot 'heading' differs from" in terminal and "pixels differ" in terminal
    assert f"no baseline {BASELINES}/confirmation-desktop-chromium-linux.png" in terminal
    assert "pytest 'test_inner.py::test_new[desktop-chromium]' --update-snapshots=missing" in (
        terminal)
    assert not (inner.path / BASELINES / "confirmation-desktop-chromium-linux.png").exists()
    images = {kind: inner.path / FOLDER / f"heading-{kind}.png"
              for kind in ("expected", "actual", "diff")}
    assert images["expected"].read_bytes() == baseline.read_bytes()
    assert images["actual"].read_bytes() != baseline.read_bytes()
    extras = {extra["name"]: extra["content"]
              for extra in html_report_tests(inner.path / "reports/report.html")[NODE]["extras"]}
    for kind, path in images.items():
        embedded = extras[f"heading: {kind}"].removeprefix("data:image/png;base64,")
        assert base64.b64decode(embedded) == path.read_bytes()
    assert junit_properties(inner.path / "reports/junit.xml")["test_heading[desktop-chromium]"][
        "screenshot_diff"] == f"{FOLDER}/heading-diff.png"
