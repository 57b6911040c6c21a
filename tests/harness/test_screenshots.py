"""expect_screenshot (fixtures/screenshots.py) in inner runs: --update-snapshots=missing writes
baselines beside the test, a missing one fails naming the command that writes it, a screen that
changed fails with its expected, actual and diff images in test-results/, the HTML report and
JUnit, and --update-snapshots then rewrites it."""

from __future__ import annotations

import base64

import pytest

from tests.harness.test_artifacts import html_report_tests, junit_properties

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
NODE = "test_inner.py::test_heading[desktop-chromium]"
FOLDER = "test-results/test-inner-py-test-heading-desktop-chromium"
BASELINES = "test_inner.py-snapshots"


#: A screen added after the baselines were written.
NEW_SCREEN = """

def test_new(page, expect_screenshot):
    page.set_content("<p>信息确认</p>")
    expect_screenshot(page, "confirmation")
"""


@pytest.mark.slow
def test_baselines_are_written_on_request_and_a_changed_screen_fails_with_its_images(
        inner, monkeypatch):
    inner.write_tests(SCREENS)
    monkeypatch.setenv("COLOUR", "rgb(200, 22, 29)")

    inner.run("--update-snapshots=missing").assert_outcomes(passed=2)
    baseline = inner.path / BASELINES / "heading-desktop-chromium-linux.png"
    assert sorted(p.name for p in baseline.parent.iterdir()) == [
        "heading-desktop-chromium-linux.png", "notice-desktop-chromium-linux.png"]

    inner.write_tests(SCREENS + NEW_SCREEN)
    monkeypatch.setenv("COLOUR", "rgb(250, 140, 22)")
    result = inner.run("-p", "no:randomly", "--html=reports/report.html",
                       "--self-contained-html", "--junitxml=reports/junit.xml")

    result.assert_outcomes(failed=2, passed=1)
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

    # The change was meant: --update-snapshots (changed) rewrites the baseline that differs.
    actual = images["actual"].read_bytes()  # the next run empties test-results/
    inner.run("--update-snapshots", "-k", "heading").assert_outcomes(passed=1)
    assert baseline.read_bytes() == actual
