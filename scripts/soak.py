"""The whole suite N times, one run after another, each in a fresh random order: which tests are
flaky (`make soak N=5`, `python -m scripts.soak -h`).

Each run is `pytest -n WORKERS` with pytest-randomly on a new seed, retries forced to 0
(`--reruns 0` wins over `retries` in playwright.config.py) and a JUnit file of its own
(reports/soak/run-K.xml); its artifacts go to test-results/soak/run-K/. The end prints each
run's seed and counts, the flake rate and the flaky tests with the seeds they failed under
(support/soak_report.py). Exit status 0 only when no test failed in any run.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from pathlib import Path

from support.soak_report import SoakRun, format_summary, summarise


def pytest_command(seed: int, junit: Path, output: Path, workers: str,
                   extra: list[str]) -> list[str]:
    """One run: random order on `seed`, no retries, its own JUnit file and artifacts folder."""
    return [sys.executable, "-m", "pytest", "-n", workers,
            "-p", "randomly", f"--randomly-seed={seed}", "--reruns", "0",
            f"--junitxml={junit}", "--output", str(output), *extra]


def fresh_seed() -> int:
    """A seed as pytest-randomly makes its own: 32 random bits."""
    return random.SystemRandom().getrandbits(32)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.soak",
        description="Run the whole suite N times, each in a fresh random order with retries "
                    "0, and report the flaky tests. Arguments after -- go to every pytest run.")
    parser.add_argument("--runs", "-n", type=int, default=5, help="how many runs (default 5)")
    parser.add_argument("--workers", default="auto",
                        help="pytest-xdist workers per run, as make test's WORKERS (default auto)")
    parser.add_argument("--seeds", type=lambda s: [int(x) for x in s.split(",")], default=None,
                        help="comma-separated seeds to run again instead of fresh ones "
                             "(--runs is then their number)")
    parser.add_argument("--reports", type=Path, default=Path("reports/soak"),
                        help="where run-K.xml go (default reports/soak)")
    parser.add_argument("--artifacts", type=Path, default=Path("test-results/soak"),
                        help="where each run's test-results go, as run-K/ (default "
                             "test-results/soak)")
    parser.add_argument("pytest_args", nargs="*", help="passed on to pytest (after --)")
    args = parser.parse_args(argv)
    if args.seeds is None and args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    seeds = args.seeds or [fresh_seed() for _ in range(args.runs)]
    args.reports.mkdir(parents=True, exist_ok=True)
    for stale in args.reports.glob("run-*.xml"):
        stale.unlink()  # a run that writes no file must not be read as an older one's
    runs = []
    for number, seed in enumerate(seeds, start=1):
        junit = args.reports / f"run-{number}.xml"
        command = pytest_command(seed, junit, args.artifacts / f"run-{number}", args.workers,
                                 args.pytest_args)
        print(f"soak: run {number} of {len(seeds)}, seed {seed}: {' '.join(command[1:])}",
              flush=True)
        status = subprocess.run(command).returncode
        runs.append(SoakRun(number, seed, status, junit))
    summary = summarise(runs)
    print(format_summary(summary), flush=True)
    return 0 if summary.clean else 1


if __name__ == "__main__":
    sys.exit(main())
