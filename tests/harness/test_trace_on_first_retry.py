"""trace "on-first-retry": with retries, a trace is kept for the first retry and for nothing else."""

from __future__ import annotations

import pytest


def test_a_test_that_fails_once_keeps_a_trace_of_its_retry_only(pytester: pytest.Pytester,
                                                                inner_run):
    pytester.makepyfile(test_inner="""
        def test_fails_once(page, request):
            attempt = request.node.execution_count
            page.set_content(f"<p>attempt {attempt}</p>")
            assert attempt == 2
    """)

    result = inner_run({"retries": 1, "use": {"trace": "on-first-retry"}},
                       plugins=("fixtures.settings", "fixtures.plugin"))

    outcomes = result.parseoutcomes()
    assert (outcomes.get("rerun"), outcomes.get("passed")) == (1, 1), result.stdout.str()
    output = pytester.path / "test-results"
    traces = sorted(str(path.relative_to(output)) for path in output.rglob("*.zip"))
    assert traces == ["test-inner-py-test-fails-once-chromium-retry1/trace.zip"]
