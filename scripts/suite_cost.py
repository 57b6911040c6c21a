"""`make suite-cost`: the suite's cost per tier, from a run's JUnit file, into BENCHMARKS.md.

    python -m scripts.suite_cost [--junit reports/junit.xml] [--output BENCHMARKS.md]

Writes the section "Suite cost per tier" at the end of BENCHMARKS.md: each tier's tests,
seconds and seconds per test, beside the figures the section held before (the previous
measurement), so a tier that grows shows in review. `make bench` keeps the section as it is.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from scripts.merge_junit import JUnitError, suites_of
from support import tier_cost
from support.tier_cost import TierCost

ROOT = Path(__file__).resolve().parents[1]
HEADING = "## Suite cost per tier"
_ROW = re.compile(r"^\| (\w+) \| (\d+) \| ([\d.]+) s \| [\d.]+ s \|")
_WALL = re.compile(r"^Measured on (.+?): (\d+) tests in ([\d.]+) s of pytest")


def from_junit(path: Path) -> tuple[list[TierCost], float]:
    """The per-tier totals of a JUnit file, and the run's wall time (its suites' `time`)."""
    suites = suites_of(path)
    seconds_by_test: dict[str, float] = {}
    for case in (case for suite in suites for case in suite.iter("testcase")):
        test_id = f"{case.get('classname', '')}::{case.get('name', '')}"
        seconds_by_test[test_id] = seconds_by_test.get(test_id, 0.0) + float(case.get("time", 0))
    return tier_cost.tally(seconds_by_test), sum(float(s.get("time", 0)) for s in suites)


def section_of(text: str) -> str:
    """The suite-cost section of a BENCHMARKS.md text (to its end), or ''."""
    start = text.find(HEADING)
    return text[start:] if start >= 0 else ""


def read_section(section: str) -> tuple[list[TierCost], str, float] | None:
    """The tiers, date and wall a section was written with (its "now" columns), or None."""
    costs = [TierCost(m[1], int(m[2]), float(m[3]))
             for m in map(_ROW.match, section.splitlines()) if m and m[1] != "all"]
    wall = next(filter(None, map(_WALL.match, section.splitlines())), None)
    if not costs or wall is None:
        return None
    return costs, wall[1], float(wall[3])


def _cells(cost: TierCost | None) -> str:
    if cost is None:
        return "— | — | —"
    return f"{cost.tests} | {cost.seconds:.1f} s | {cost.per_test:.3f} s"


def _by_tier(costs: list[TierCost]) -> dict[str, TierCost]:
    return {c.tier: c for c in [*costs, tier_cost.total(costs)]}


def render(costs: list[TierCost], wall: float, when: str,
           before: tuple[list[TierCost], str, float] | None) -> str:
    """The section: a row per tier and one for the run, now and before."""
    now, old = _by_tier(costs), _by_tier(before[0]) if before else {}
    tiers = [*now, *(tier for tier in old if tier not in now)]
    tiers.append(tiers.pop(tiers.index("all")))
    rows = "\n".join(f"| {tier} | {_cells(now.get(tier))} | {_cells(old.get(tier))} |"
                     for tier in tiers)
    before_line = (f"Before: measured on {before[1]}: {old['all'].tests} tests in "
                   f"{before[2]:.0f} s of pytest." if before else "Before: no earlier figures.")
    return f"""{HEADING}

Written by `make suite-cost` from the JUnit file of a whole `make test` run. Seconds are set-up +
call + tear-down summed over a tier's tests, so with several workers they add up to more than
the wall time. `make test` prints the same lines at its end.

Measured on {when}: {now['all'].tests} tests in {wall:.0f} s of pytest.
{before_line}

| tier | tests | seconds | per test | tests before | seconds before | per test before |
|---|---|---|---|---|---|---|
{rows}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.suite_cost",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--junit", type=Path, default=ROOT / "reports" / "junit.xml")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    if not args.junit.is_file():
        print(f"suite-cost: {args.junit} not found; run `make test` first", file=sys.stderr)
        return 2
    try:
        costs, wall = from_junit(args.junit)
    except JUnitError as error:
        print(f"suite-cost: {error}", file=sys.stderr)
        return 2
    text = args.output.read_text(encoding="utf-8") if args.output.is_file() else "# Benchmarks\n"
    old = section_of(text)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    new = render(costs, wall, when, read_section(old))
    head = text[: len(text) - len(old)] if old else text.rstrip("\n") + "\n\n"
    args.output.write_text(head + new, encoding="utf-8")
    print(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
