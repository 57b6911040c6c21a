"""Several projects in one run, through inner pytest runs: which run by default, `--project`
repeated, ids and artifacts named by project, the phone's subset at a phone's viewport."""

from __future__ import annotations

import json

import pytest

from .inner import collected

#: Browser tests, one marked for the phone; each writes the viewport its project gave it.
TESTS = """
import json
from pathlib import Path

import pytest


def write_viewport(page, project_settings, name):
    page.set_content("<p>ok</p>")
    Path(f"{name}-{project_settings.project}.json").write_text(json.dumps(page.viewport_size))


@pytest.mark.mobile
def test_at_any_width(page, project_settings):
    write_viewport(page, project_settings, "any")


def test_at_a_desks_width(page, project_settings):
    write_viewport(page, project_settings, "desk")


def test_without_a_browser():
    pass
"""


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
                       "--project", "desktop-chromium")

    assert result.ret == pytest.ExitCode.OK
    assert sorted(collected(result)) == [
        "test_inner.py::test_at_a_desks_width[desktop-chromium]",
        "test_inner.py::test_at_any_width[desktop-chromium]",
        "test_inner.py::test_without_a_browser",
    ]


def test_project_repeated_runs_each_named_project(inner):
    inner.write_tests(TESTS)

    result = inner.run_in_process("--collect-only", "-q", "--project", "firefox",
                       "--project", "desktop-chromium")

    assert result.ret == pytest.ExitCode.OK
    assert sorted(collected(result)) == [
        "test_inner.py::test_at_a_desks_width[desktop-chromium]",
        "test_inner.py::test_at_a_desks_width[firefox]",
        "test_inner.py::test_at_any_width[desktop-chromium]",
        "test_inner.py::test_at_any_width[firefox]",
        "test_inner.py::test_without_a_browser",
    ]


def test_the_default_projects_come_from_the_config(inner):
    inner.write_config(projects=[
        {"name": "desktop-chromium", "use": {"browser": "chromium"}},
        {"name": "mobile-chromium", "default": True, "use": {"device": "Pixel 7"}},
    ])
    inner.write_tests(TESTS)

    result = inner.run_in_process("--collect-only", "-q")

    assert sorted(collected(result)) == [
        "test_inner.py::test_at_a_desks_width[mobile-chromium]",
        "test_inner.py::test_at_any_width[mobile-chromium]",
        "test_inner.py::test_without_a_browser",
    ]


def test_several_browser_engines_are_refused_pointing_at_projects(inner):
    result = inner.run_in_process("--browser", "chromium", "--browser", "firefox")

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([
        "ERROR: --browser names one engine for every project; to run several browsers, name "
        "their projects: --project NAME (repeatable)",
    ])


@pytest.mark.slow
def test_the_phone_runs_its_tests_at_a_phones_viewport_keeping_artifacts_apart(inner):
    inner.write_config(use={"trace": "on"})
    inner.write_tests(TESTS)

    result = inner.run("--junitxml", "junit.xml")

    result.assert_outcomes(passed=4)
    viewports = {p.stem: json.loads(p.read_text()) for p in inner.path.glob("*-*.json")}
    assert viewports == {
        "any-desktop-chromium": {"width": 1280, "height": 800},
        "desk-desktop-chromium": {"width": 1280, "height": 800},
        "any-mobile-chromium": {"width": 412, "height": 839},
    }
    assert sorted(p.relative_to(inner.results).as_posix()
                  for p in inner.results.glob("*/trace.zip")) == [
        "test-inner-py-test-at-a-desks-width-desktop-chromium/trace.zip",
        "test-inner-py-test-at-any-width-desktop-chromium/trace.zip",
        "test-inner-py-test-at-any-width-mobile-chromium/trace.zip",
    ]
    junit = (inner.path / "junit.xml").read_text()
    assert 'name="test_at_any_width[mobile-chromium]"' in junit
    assert 'name="test_at_any_width[desktop-chromium]"' in junit
