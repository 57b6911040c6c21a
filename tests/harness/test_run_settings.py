"""playwright.config.py and the flags that win over it, through inner pytest runs: usage errors,
artifacts, projects, the per-test timeout, trace "on-first-retry"."""

from __future__ import annotations

import json

import pytest

from tests.harness.reports import trace_contents

#: A test that writes what its browser looks like to page.json.
PAGE_REPORT = """
import json
from pathlib import Path


def test_home(page):
    page.goto("/")
    Path("page.json").write_text(json.dumps({
        "user_agent": page.evaluate("navigator.userAgent"),
        "viewport": page.viewport_size,
    }))
"""


def test_an_unknown_setting_is_a_usage_error_naming_the_known_ones(inner):
    inner.write_config(use={"tracing": "on"})

    result = inner.run_in_process()

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([
        "ERROR: use: unknown setting(s) tracing (known: action_timeout, browser, chromium_args, "
        "connect, device, executable_path, headless, locale, navigation_timeout, screenshot, slow_mo, "
        "system_browsers, timezone_id, trace, video, viewport)",
    ])


def test_a_wrong_trace_object_is_a_usage_error_in_one_line(inner):
    inner.write_config(use={"trace": {"mode": "retain-on-failure", "screenshots": "off"}})

    result = inner.run_in_process()

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: use.trace.screenshots must be True or False, not 'off'"])


def test_an_unknown_project_is_a_usage_error_naming_the_projects(inner):
    result = inner.run_in_process("--project", "tablet-chromium")

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([
        "ERROR: unknown project 'tablet-chromium'; projects: desktop-chromium, mobile-chromium, "
        "firefox, webkit",
    ])


@pytest.mark.slow
def test_flags_win_over_the_config_tracing_on_keeping_the_configs_trace_parts_and_the_mobile_project(
        inner):
    # --tracing sets the mode only: what the trace records stays the config's.
    inner.write_config(use={"trace": {"mode": "off", "snapshots": False, "sources": False}})
    # The mobile project runs the tests marked `mobile` only (playwright.config.py).
    inner.write_tests("import pytest\n" + PAGE_REPORT.replace(
        "\ndef test_home", "\n@pytest.mark.mobile\ndef test_home"))

    result = inner.run("--tracing", "on", "--project", "mobile-chromium")

    result.assert_outcomes(passed=1)
    folder = "test-inner-py-test-home-mobile-chromium"
    assert sorted(p.relative_to(inner.results).as_posix() for p in inner.results.rglob("*")) == [
        "portal-main.log", folder, f"{folder}/trace.zip"]
    names, events = trace_contents(inner.results / folder / "trace.zip")
    assert [name for name in names if name.endswith(".jpeg")] != []
    assert "frame-snapshot" not in events
    assert [name for name in names if name.startswith("src/")] == []
    seen = json.loads((inner.path / "page.json").read_text())
    assert seen["viewport"] == {"width": 412, "height": 839}
    assert "Pixel 7" in seen["user_agent"]


def test_a_hanging_test_fails_with_the_config_timeout_and_the_run_goes_on(inner):
    inner.write_config(timeout=1_000)
    # Only test_hangs is held to the 1 s: the run's order is random, and the test after it must
    # not depend on being fast (nor on whether it or test_hangs pays the session's set-up).
    inner.write_tests("""
        import threading

        import pytest

        def test_hangs():
            threading.Event().wait()

        @pytest.mark.timeout(300)
        def test_after_it():
            pass
    """)

    result = inner.run()

    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(["*Timeout (>1.0s) from pytest-timeout*",
                                 "FAILED test_inner.py::test_hangs*"])


@pytest.mark.slow
def test_trace_on_first_retry_keeps_a_trace_of_the_retry_only(inner):
    inner.write_config(use={"trace": "on-first-retry"}, retries=1)
    inner.write_tests("""
        def test_fails_once(page, request):
            attempt = request.node.execution_count
            page.set_content(f"<p>attempt {attempt}</p>")
            assert attempt == 2
    """)

    result = inner.run()

    outcomes = result.parseoutcomes()
    assert (outcomes.get("rerun"), outcomes.get("passed")) == (1, 1), result.stdout.str()
    traces = sorted(p.relative_to(inner.results).as_posix() for p in inner.results.rglob("*.zip"))
    assert traces == ["test-inner-py-test-fails-once-desktop-chromium-retry1/trace.zip"]
