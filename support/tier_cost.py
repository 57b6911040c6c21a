"""What each tier of the suite costs: tests, seconds (set-up + call + tear-down summed) and
seconds per test, from {test id: seconds} (a run's own reports, or its JUnit file).

The tiers are the suite's folders, cheapest first. Seconds are summed over tests, so with
several workers they add up to more than the run's wall time; the wall is given apart.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Each tier and the folder (as a test id or a JUnit classname begins) that holds it.
TIERS = {
    "unit": "tests/unit/",
    "app": "tests/app/",
    "system": "tests/system/",
    "harness": "tests/harness/",
    "e2e": "e2e/",
}
#: Tests in none of the folders above (an inner run's synthetic suite, a stray file).
OTHER = "other"


def tier_of(test_id: str) -> str:
    """The tier of a pytest node id (`tests/app/test_x.py::test_y`) or a JUnit classname
    (`tests.app.test_x`)."""
    head = test_id.split("::", 1)[0]
    path = head if "/" in head or head.endswith(".py") else head.replace(".", "/")
    return next((tier for tier, folder in TIERS.items() if path.startswith(folder)), OTHER)


@dataclass(frozen=True)
class TierCost:
    """One tier's share of a run."""

    tier: str
    tests: int
    seconds: float

    @property
    def per_test(self) -> float:
        return self.seconds / self.tests if self.tests else 0.0


def tally(seconds_by_test: dict[str, float]) -> list[TierCost]:
    """Per-tier totals of {test id: seconds}, in TIERS' order, `other` last; empty tiers left out."""
    totals: dict[str, list[float]] = {}
    for test_id, seconds in seconds_by_test.items():
        totals.setdefault(tier_of(test_id), []).append(seconds)
    order = [*TIERS, OTHER]
    return [TierCost(tier, len(totals[tier]), sum(totals[tier])) for tier in order if tier in totals]


def total(costs: list[TierCost]) -> TierCost:
    """The whole run as one row, named `all`."""
    return TierCost("all", sum(c.tests for c in costs), sum(c.seconds for c in costs))


def lines(costs: list[TierCost]) -> list[str]:
    """A line per tier and one for the whole run: tests, seconds, seconds per test."""
    return [f"{c.tier:<8} {c.tests:>5} tests {c.seconds:>8.1f} s {c.per_test:>7.3f} s/test"
            for c in [*costs, total(costs)]]
