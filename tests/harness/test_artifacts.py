"""Artifacts kept only for failing tests, and the links to them in the HTML and JUnit reports."""

from __future__ import annotations

import json

import pytest

from tests.harness.reports import html_report_tests, junit_properties, trace_contents

#: One browser test that passes and one that fails.
PASS_AND_FAIL = """
def test_passes(page):
    page.goto("/")


def test_fails(page):
    page.goto("/")
    assert page.title() == "不是这个标题"
"""
FAILED_FOLDER = "test-results/test-inner-py-test-fails-desktop-chromium"
#: Two tests that close their own context while they run, their outcome unknown yet.
CLOSING = """
def test_closes_and_passes(new_context):
    context = new_context()
    context.new_page().set_content("<p>passes</p>")
    context.close()


def test_closes_and_fails(new_context):
    context = new_context()
    context.new_page().set_content("<p>fails</p>")
    context.close()
    assert False
"""
CLOSED_FOLDER = "test-results/test-closing-py-test-closes-and-fails-desktop-chromium"
#: An inner plugin (-p spy) noting every trace written and screenshot taken, by test.
SPY = """
import json

import pytest
from playwright.sync_api import Page
from playwright.sync_api._generated import Tracing


@pytest.fixture(autouse=True)
def _spy_on_artifacts(request, monkeypatch):
    def note(kind):
        with open("written.jsonl", "a", encoding="utf-8") as out:
            out.write(json.dumps([request.node.name, kind]) + "\\n")

    stop, screenshot = Tracing.stop, Page.screenshot

    def stop_and_note(self, path=None):
        if path is not None:
            note("trace")
        return stop(self, path=path)

    def screenshot_and_note(self, **options):
        note("screenshot")
        return screenshot(self, **options)

    monkeypatch.setattr(Tracing, "stop", stop_and_note)
    monkeypatch.setattr(Page, "screenshot", screenshot_and_note)
"""


@pytest.mark.slow
def test_only_failing_tests_keep_their_artifacts_linked_from_the_reports_closed_contexts_too(
        make_inner):
    # One test over one run (D39): with xdist, tests sharing a module's run may each run it.
    # PASS_AND_FAIL and CLOSING with both reports, the spy on, videos kept on failure, and
    # traces without their screenshots (the filmstrip).
    inner = make_inner("pass-and-fail")
    inner.write_config(use={"trace": {"mode": "retain-on-failure", "screenshots": False}})
    inner.results.mkdir()
    (inner.results / "from-the-last-run.txt").write_text("stale")
    inner.write_tests(PASS_AND_FAIL)
    inner.write_tests(CLOSING, name="test_closing")
    inner.write_tests(SPY, name="spy")

    result = inner.run("-p", "spy", "--html=reports/report.html", "--self-contained-html",
                       "--junitxml=reports/junit.xml", "--basetemp", "inner-tmp",
                       "--video", "retain-on-failure")

    result.assert_outcomes(passed=2, failed=2)
    # The passing test's trace was discarded unwritten and its page never drawn.
    written = [tuple(json.loads(line)) for line in
               (inner.path / "written.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(w for w in written if "closes" not in w[0]) == [
        ("test_fails[desktop-chromium]", "screenshot"), ("test_fails[desktop-chromium]", "trace")]
    kept = sorted(p.relative_to(inner.path).as_posix() for p in inner.results.rglob("*"))
    assert [k for k in kept if "closes" not in k] == [
        "test-results/portal-main.log", FAILED_FOLDER, f"{FAILED_FOLDER}/test-failed-1.png",
        f"{FAILED_FOLDER}/trace.zip", f"{FAILED_FOLDER}/video.webm"]

    tests = html_report_tests(inner.path / "reports/report.html")
    assert tests["test_inner.py::test_passes[desktop-chromium]"]["extras"] == []
    # The test's own portal requests come first (fixtures/failure_context.py, from the call's
    # report), then the artifacts of its teardown.
    extras = tests["test_inner.py::test_fails[desktop-chromium]"]["extras"][1:]
    assert tests["test_inner.py::test_fails[desktop-chromium]"]["extras"][0]["name"] == \
        "Portal requests (this test)"
    assert [(e["name"], e["format_type"]) for e in extras] == [
        ("Screenshot", "image"), ("Trace", "url"), ("Video", "video"), ("Portal log", "url")]
    assert extras[0]["content"].startswith("data:image/png;base64,")  # embedded
    assert extras[1]["content"] == f"../{FAILED_FOLDER}/trace.zip"
    assert extras[3]["content"] == "../test-results/portal-main.log"

    properties = junit_properties(inner.path / "reports/junit.xml")
    assert properties["test_passes[desktop-chromium]"] == {}
    assert properties["test_fails[desktop-chromium]"] == {
        "playwright_screenshot": f"{FAILED_FOLDER}/test-failed-1.png",
        "playwright_trace": f"{FAILED_FOLDER}/trace.zip",
        "playwright_video": f"{FAILED_FOLDER}/video.webm"}
    result.stdout.fnmatch_lines([
        "*= Playwright traces =*",
        f".venv/bin/python -m playwright show-trace {FAILED_FOLDER}/trace.zip",
    ])

    # A context closed while its test runs, the outcome unknown yet: its artifacts are written
    # aside, then kept (with its video) or deleted.
    assert [k for k in kept if "closes" in k] == [
        CLOSED_FOLDER, f"{CLOSED_FOLDER}/test-failed-1.png", f"{CLOSED_FOLDER}/trace.zip",
        f"{CLOSED_FOLDER}/video.webm"]
    assert [p for p in (inner.path / "inner-tmp").rglob("*") if p.is_file()] == []

    # The failed test's trace, without its screenshots: the snapshots and no filmstrip.
    names, events = trace_contents(inner.path / FAILED_FOLDER / "trace.zip")
    # Playwright writes the filmstrip's frames as screencast/<page>-<time>.jpeg entries with a
    # screencast-frame event each; DOM snapshots are frame-snapshot events.
    assert [name for name in names if name.endswith(".jpeg")] == []
    assert "screencast-frame" not in events
    assert {"frame-snapshot", "before", "after"} <= events
