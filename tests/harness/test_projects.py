"""Several projects in one run, through inner pytest runs: which run by default, `--project`
repeated, the engine pytest-playwright's own beside the project, ids and artifacts named by both,
the phone's subset at a phone's viewport, and pytest-playwright's flags over the config."""

from __future__ import annotations

import json

import pytest

from tests.harness.reports import trace_contents

from .inner import collected

#: Browser tests, one marked for the phone; each writes the viewport and user agent its project
#: gave it.
TESTS = """
import json
from pathlib import Path

import pytest


def write_page(page, project_settings, name):
    page.set_content("<p>ok</p>")
    Path(f"{name}-{project_settings.project}.json").write_text(json.dumps(
        {"viewport": page.viewport_size, "user_agent": page.evaluate("navigator.userAgent")}))


@pytest.mark.mobile
def test_at_any_width(page, project_settings):
    write_page(page, project_settings, "any")


def test_at_a_desks_width(page, project_settings):
    write_page(page, project_settings, "desk")


def test_without_a_browser():
    pass
"""
#: A test that launches nothing: what pytest-playwright's browser_name and the project hold.
ENGINE_REPORT = """
import json
from pathlib import Path

import pytest


@pytest.mark.mobile
def test_engine(request, browser_name, project_settings):
    Path(f"{request.node.callspec.id}.json").write_text(json.dumps(
        {"browser_name": browser_name, "project": project_settings.project}))
"""
#: A third project, run only when named.
TABLET = {"name": "tablet", "use": {"viewport": {"width": 820, "height": 1180}}}


def test_by_default_all_of_desktop_and_the_marked_tests_on_the_phone(inner):
    inner.write_tests(TESTS)

    result = inner.run_in_process("--collect-only", "-q")

    assert result.ret == pytest.ExitCode.OK
    # Random order (pytest-randomly) shuffles the inner run too: what counts is the set.
    assert sorted(collected(result)) == [
        "test_inner.py::test_at_a_desks_width[desktop-chromium]",
        "test_inner.py::test_at_any_width[desktop-chromium]",
        "test_inner.py::test_at_any_width[mobile-chromium]",
        "test_inner.py::test_without_a_browser",
    ]


def test_a_project_left_out_keeps_its_marker_known(inner):
    inner.write_tests(TESTS)

    result = inner.run_in_process("--collect-only", "-q", "--strict-markers",
                                  "--project", "desktop")

    assert result.ret == pytest.ExitCode.OK
    assert sorted(collected(result)) == [
        "test_inner.py::test_at_a_desks_width[desktop-chromium]",
        "test_inner.py::test_at_any_width[desktop-chromium]",
        "test_inner.py::test_without_a_browser",
    ]


def test_project_repeated_runs_each_named_project(inner):
    inner.write_config(projects=[{"name": "desktop", "default": True}, TABLET])
    inner.write_tests(TESTS)

    result = inner.run_in_process("--collect-only", "-q", "--project", "tablet",
                                  "--project", "desktop")

    assert result.ret == pytest.ExitCode.OK
    assert sorted(collected(result)) == [
        "test_inner.py::test_at_a_desks_width[desktop-chromium]",
        "test_inner.py::test_at_a_desks_width[tablet-chromium]",
        "test_inner.py::test_at_any_width[desktop-chromium]",
        "test_inner.py::test_at_any_width[tablet-chromium]",
        "test_inner.py::test_without_a_browser",
    ]


def test_the_default_projects_come_from_the_config(inner):
    inner.write_config(projects=[
        {"name": "desktop"},
        {"name": "mobile", "default": True, "use": {"device": "Pixel 7"}},
    ])
    inner.write_tests(TESTS)

    result = inner.run_in_process("--collect-only", "-q")

    assert sorted(collected(result)) == [
        "test_inner.py::test_at_a_desks_width[mobile-chromium]",
        "test_inner.py::test_at_any_width[mobile-chromium]",
        "test_inner.py::test_without_a_browser",
    ]


def test_every_project_runs_on_each_engine_of_browser_and_browser_name_is_the_engine(inner):
    inner.write_tests(ENGINE_REPORT)

    # browser_name launches nothing, so the run may be in process.
    result = inner.run_in_process("--browser", "chromium", "--browser", "firefox")

    result.assert_outcomes(passed=4)
    seen = {p.stem: json.loads(p.read_text()) for p in inner.path.glob("*-*.json")}
    assert seen == {f"{project}-{engine}": {"browser_name": engine, "project": project}
                    for project in ("desktop", "mobile") for engine in ("chromium", "firefox")}


def test_an_engine_pytest_playwright_does_not_know_is_its_usage_error(inner):
    result = inner.run_in_process("--browser", "desktop")

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*argument --browser: invalid choice: 'desktop'*"])


def test_firefox_skips_the_phone_it_cannot_emulate(inner, playwright):
    # The context's arguments only: no browser, no portal (base_url None).
    inner.write_tests("""
import pytest


@pytest.fixture(scope="session")
def base_url():
    return None


@pytest.mark.mobile
def test_context(browser_context_args):
    pass
""")

    result = inner.run_in_process("--browser", "firefox", "-rs", outer_playwright=playwright)

    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["SKIPPED*Firefox cannot emulate a phone*"])


@pytest.mark.slow
def test_the_phone_runs_its_tests_at_a_phones_viewport_keeping_artifacts_apart(inner,
                                                                              playwright):
    # --tracing (pytest-playwright's) sets the mode only: what the trace records stays the
    # config's.
    inner.write_config(use={"trace": {"mode": "off", "snapshots": False, "sources": False}})
    inner.write_tests(TESTS)

    result = inner.run_in_process("--tracing", "on", "--junitxml", "junit.xml",
                                  outer_playwright=playwright)

    result.assert_outcomes(passed=4)
    seen = {p.stem: json.loads(p.read_text()) for p in inner.path.glob("*-*.json")}
    assert {name: page["viewport"] for name, page in seen.items()} == {
        "any-desktop": {"width": 1280, "height": 800},
        "desk-desktop": {"width": 1280, "height": 800},
        "any-mobile": {"width": 412, "height": 839},
    }
    assert "Pixel 7" in seen["any-mobile"]["user_agent"]
    assert sorted(p.relative_to(inner.results).as_posix()
                  for p in inner.results.glob("*/trace.zip")) == [
        "test-inner-py-test-at-a-desks-width-desktop-chromium/trace.zip",
        "test-inner-py-test-at-any-width-desktop-chromium/trace.zip",
        "test-inner-py-test-at-any-width-mobile-chromium/trace.zip",
    ]
    names, events = trace_contents(
        inner.results / "test-inner-py-test-at-any-width-mobile-chromium/trace.zip")
    assert [name for name in names if name.endswith(".jpeg")] != []
    assert "frame-snapshot" not in events
    assert [name for name in names if name.startswith("src/")] == []
    junit = (inner.path / "junit.xml").read_text()
    assert 'name="test_at_any_width[mobile-chromium]"' in junit
    assert 'name="test_at_any_width[desktop-chromium]"' in junit


def test_a_parameter_named_page_is_no_browser_test(inner):
    # A browser test is one needing browser_name (fixtures/projects.py), not one with an
    # argument named as a pytest-playwright fixture: no project. The engine is
    # pytest-playwright's own doing (its list of fixture names).
    inner.write_tests("""
import pytest


@pytest.mark.parametrize("page", ["guide"])
def test_doc(page):
    pass
""")

    result = inner.run_in_process("--collect-only", "-q")

    assert result.ret == pytest.ExitCode.OK
    assert collected(result) == ["test_inner.py::test_doc[chromium-guide]"]
