"""playwright.config.py through inner pytest runs: usage errors, the per-test timeout, trace
"on-first-retry" (pytest-playwright's flags over the file: test_projects.py)."""

from __future__ import annotations

import pytest


def test_an_unknown_setting_is_a_usage_error_naming_the_known_ones(inner):
    inner.write_config(use={"tracing": "on"})

    result = inner.run_in_process()

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([
        "ERROR: use: unknown setting(s) tracing (known: action_timeout, chromium_args, "
        "connect, device, executable_path, headless, locale, navigation_timeout, screenshot, slow_mo, "
        "system_browsers, timezone_id, trace, video, viewport)",
    ])


def test_a_wrong_trace_object_is_a_usage_error_in_one_line(inner):
    inner.write_config(use={"trace": {"mode": "retain-on-failure", "screenshots": "off"}})

    result = inner.run_in_process()

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: use.trace.screenshots must be True or False, not 'off'"])


def test_an_unknown_project_is_a_usage_error_naming_the_projects(inner):
    result = inner.run_in_process("--project", "tablet")

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: unknown project 'tablet'; projects: desktop, mobile"])


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
def test_trace_on_first_retry_keeps_a_trace_of_the_retry_only(inner, playwright):
    inner.write_config(use={"trace": "on-first-retry"}, retries=1)
    inner.write_tests("""
def test_fails_once(page, request):
    attempt = request.node.execution_count
    page.set_content(f"<p>attempt {attempt}</p>")
    assert attempt == 2
""")

    result = inner.run_in_process(outer_playwright=playwright)

    outcomes = result.parseoutcomes()
    assert (outcomes.get("rerun"), outcomes.get("passed")) == (1, 1), result.stdout.str()
    traces = sorted(p.relative_to(inner.results).as_posix() for p in inner.results.rglob("*.zip"))
    assert traces == ["test-inner-py-test-fails-once-desktop-chromium-retry1/trace.zip"]
