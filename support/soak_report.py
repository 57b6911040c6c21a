"""What a soak found: the JUnit files of N runs of the whole suite read together.

A test is flaky when it passed in some runs and failed (or errored) in others; it is failing
when it failed in every run it ran in. Skipped runs of a test count neither way.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

PASSED, FAILED, ERROR, SKIPPED = "passed", "failed", "error", "skipped"
#: Which outcome a test keeps when its JUnit file names it twice (a tear-down error after a
#: pass is written as a second element by some pytest versions): the worst.
_WORST_FIRST = (ERROR, FAILED, SKIPPED, PASSED)


@dataclass(frozen=True)
class SoakRun:
    """One run of the suite: its number (1…N), seed, exit status and JUnit file."""

    number: int
    seed: int
    exit_status: int
    junit: Path


@dataclass
class RunResult:
    """One run read back: the outcome of each test by its id ("<classname>::<name>")."""

    run: SoakRun
    outcomes: dict[str, str] = field(default_factory=dict)
    #: Why the run has no outcomes (no JUnit file, or one that is not JUnit XML), else None.
    unreadable: str | None = None

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes.values() if o == outcome)

    @property
    def broken(self) -> bool:
        """The run gave no verdict on its tests: no readable JUnit file, or an exit status
        that its tests do not explain (pytest: 0 all passed, 1 some failed; 2 interrupted, 3
        internal error, 4 usage error, 5 no tests)."""
        if self.unreadable is not None or self.run.exit_status not in (0, 1):
            return True
        failures = self.count(FAILED) + self.count(ERROR)
        return (self.run.exit_status == 1) != (failures > 0)

    @property
    def why_broken(self) -> str:
        return self.unreadable or f"pytest exit status {self.run.exit_status}"


def outcomes_of(junit: Path) -> dict[str, str]:
    """Each test's outcome in a JUnit XML file written by pytest (ET.ParseError, OSError)."""
    outcomes: dict[str, str] = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        test = f"{case.get('classname', '')}::{case.get('name', '')}"
        tags = {child.tag for child in case}
        outcome = (ERROR if "error" in tags else FAILED if "failure" in tags
                   else SKIPPED if "skipped" in tags else PASSED)
        previous = outcomes.get(test, PASSED)
        outcomes[test] = min(outcome, previous, key=_WORST_FIRST.index)
    return outcomes


def read_run(run: SoakRun) -> RunResult:
    """A run's outcomes, or why there are none."""
    try:
        return RunResult(run, outcomes_of(run.junit))
    except FileNotFoundError:
        return RunResult(run, unreadable=f"no JUnit file {run.junit}")
    except (ET.ParseError, OSError) as exc:
        return RunResult(run, unreadable=f"unreadable JUnit file {run.junit}: {exc}")


@dataclass
class SoakSummary:
    """The runs read together."""

    results: list[RunResult]
    #: Tests that passed in some runs and failed in others -> the runs where they failed.
    flaky: dict[str, list[SoakRun]]
    #: Tests that failed in every run they ran in -> those runs.
    failing: dict[str, list[SoakRun]]
    #: Tests that ran (passed or failed) in at least one run.
    tests_run: int

    @property
    def flake_rate(self) -> float:
        """Flaky tests over the tests that ran."""
        return len(self.flaky) / self.tests_run if self.tests_run else 0.0

    @property
    def broken_runs(self) -> list[RunResult]:
        return [r for r in self.results if r.broken]

    @property
    def clean(self) -> bool:
        """No flaky test, no failing test, every run read."""
        return not self.flaky and not self.failing and not self.broken_runs


def summarise(runs: list[SoakRun]) -> SoakSummary:
    """Read every run's JUnit file and sort the tests into flaky and failing."""
    results = [read_run(run) for run in runs]
    failed_in: dict[str, list[SoakRun]] = {}
    passed: set[str] = set()
    for result in results:
        for test, outcome in result.outcomes.items():
            if outcome in (FAILED, ERROR):
                failed_in.setdefault(test, []).append(result.run)
            elif outcome == PASSED:
                passed.add(test)
    flaky = {t: r for t, r in sorted(failed_in.items()) if t in passed}
    failing = {t: r for t, r in sorted(failed_in.items()) if t not in passed}
    return SoakSummary(results, flaky, failing, len(passed | set(failed_in)))


def _seeds(runs: list[SoakRun]) -> str:
    return ", ".join(f"run {r.number} (seed {r.seed})" for r in runs)


def format_summary(summary: SoakSummary) -> str:
    """The report printed at the end of a soak."""
    lines = [f"{'run':>3}  {'seed':>10}  {'tests':>5}  {'passed':>6}  {'failed':>6}  "
             f"{'errors':>6}  {'skipped':>7}  exit"]
    for result in summary.results:
        run = result.run
        if result.unreadable:
            lines.append(f"{run.number:>3}  {run.seed:>10}  {result.unreadable} "
                         f"(exit status {run.exit_status})")
            continue
        lines.append(f"{run.number:>3}  {run.seed:>10}  {len(result.outcomes):>5}  "
                     f"{result.count(PASSED):>6}  {result.count(FAILED):>6}  "
                     f"{result.count(ERROR):>6}  {result.count(SKIPPED):>7}  {run.exit_status}")
    runs = len(summary.results)
    lines.append(f"flake rate: {len(summary.flaky)} of {summary.tests_run} tests "
                 f"({summary.flake_rate:.2%}) passed in some of the {runs} runs and failed in "
                 "others")
    if summary.flaky:
        lines.append("flaky tests (rerun one: make test PYTEST_ARGS=\"--randomly-seed=SEED\"):")
        lines += [f"  {test}: failed in {_seeds(r)}" for test, r in summary.flaky.items()]
    if summary.failing:
        lines.append("failing tests (failed in every run they ran in):")
        lines += [f"  {test}: {_seeds(r)}" for test, r in summary.failing.items()]
    for result in summary.broken_runs:
        lines.append(f"run {result.run.number} (seed {result.run.seed}) gave no verdict: "
                     f"{result.why_broken}")
    verdict = "clean" if summary.clean else "NOT clean"
    lines.append(f"soak: {verdict}: {len(summary.flaky)} flaky, {len(summary.failing)} failing, "
                 f"{len(summary.broken_runs)} broken run(s) in {runs} runs")
    return "\n".join(lines)
