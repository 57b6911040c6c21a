"""Which tier a test belongs to, and the per-tier totals (support/tier_cost.py)."""

from __future__ import annotations

import pytest

from support import tier_cost
from support.tier_cost import TierCost


@pytest.mark.parametrize(("test_id", "tier"), [
    ("tests/unit/test_limits.py::test_x", "unit"),
    ("tests/app/test_space.py::test_x[a-b]", "app"),
    ("tests/system/test_cli.py::test_x", "system"),
    ("tests/harness/test_bench.py::test_x", "harness"),
    ("e2e/test_journey.py::test_x[desktop-chromium]", "e2e"),
    ("tests.app.test_space::test_x", "app"),
    ("e2e.test_journey.TestJourney::test_x", "e2e"),
    ("test_inner.py::test_x", "other"),
    ("tests/appendix/test_x.py::test_y", "other"),
])
def test_a_test_belongs_to_the_tier_of_its_folder(test_id, tier):
    assert tier_cost.tier_of(test_id) == tier


def test_tiers_are_totalled_cheapest_first_and_other_last():
    costs = tier_cost.tally({
        "e2e/test_a.py::t": 2.0,
        "stray.py::t": 0.5,
        "tests/unit/test_a.py::t": 0.25,
        "tests/unit/test_b.py::t": 0.75,
    })

    assert costs == [TierCost("unit", 2, 1.0), TierCost("e2e", 1, 2.0), TierCost("other", 1, 0.5)]
    assert costs[0].per_test == 0.5


def test_the_lines_end_with_the_whole_run():
    lines = tier_cost.lines([TierCost("unit", 4, 1.0), TierCost("e2e", 1, 1.0)])

    assert lines[0].split() == ["unit", "4", "tests", "1.0", "s", "0.250", "s/test"]
    assert lines[-1].split() == ["all", "5", "tests", "2.0", "s", "0.400", "s/test"]
