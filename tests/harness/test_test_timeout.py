"""`timeout` of playwright.config.py: a test that hangs fails with the timeout, the run goes on."""

from __future__ import annotations

import pytest


def test_a_hanging_test_fails_with_the_timeout_and_the_run_goes_on(pytester: pytest.Pytester,
                                                                   inner_run):
    pytester.makepyfile(test_inner="""
        import threading

        def test_hangs():
            threading.Event().wait()

        def test_after_it():
            pass
    """)

    result = inner_run({"timeout": 1_000})

    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(["*Timeout (>1.0s) from pytest-timeout*",
                                 "FAILED test_inner.py::test_hangs*"])
