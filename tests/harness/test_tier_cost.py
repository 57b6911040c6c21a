"""The cost per tier printed at the end of a run (fixtures/tier_cost.py)."""

from __future__ import annotations

import pytest

PLUGIN_ALONE = ("-p", "fixtures.tier_cost", "-p", "no:cacheprovider")


@pytest.fixture(autouse=True)
def no_installed_plugins(monkeypatch):
    """The inner runs load the plugin alone: what is proven is the summary, not our fixtures
    (and pytest-playwright's soft-assertion scope cannot nest in the outer test's)."""
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")


def test_the_summary_has_a_line_per_tier_and_one_for_the_run(pytester: pytest.Pytester):
    pytester.makepyfile(**{
        "tests/unit/test_a": "def test_one(): pass\ndef test_two(): pass\n",
        "e2e/test_b": "def test_three(): pass\n",
    })

    result = pytester.runpytest(*PLUGIN_ALONE)

    result.assert_outcomes(passed=3)
    result.stdout.re_match_lines([
        r"-+ cost per tier .*",
        r"unit +2 tests +[\d.]+ s +[\d.]+ s/test",
        r"e2e +1 tests +[\d.]+ s +[\d.]+ s/test",
        r"all +3 tests +[\d.]+ s +[\d.]+ s/test",
    ])


def test_no_summary_when_no_test_ran(pytester: pytest.Pytester):
    pytester.makepyfile(test_none="")

    result = pytester.runpytest(*PLUGIN_ALONE)

    assert "cost per tier" not in result.stdout.str()
