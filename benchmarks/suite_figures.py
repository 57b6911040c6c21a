"""Figures of a small fixed subset of e2e/ run as pytest runs it: CPU seconds per browser test
(screens reached directly vs walked to), one vs two workers beside the CPU-bound limit, and the
peak memory of one worker."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from support.run_settings import CONFIG_FILE, load, trace_setting

from .measure import Run, median, run
from .report import Figure

#: The fixed subset: forms, rules and 用户空间 tests that reach their screen (e2e/), small enough
#: to keep `make bench` to a few minutes.
SUBSET = ["e2e/test_rules_limits.py", "e2e/test_drafts.py", "e2e/test_notice.py",
          "e2e/test_evaluation.py"]
#: --quick: one test.
QUICK_SUBSET = ["e2e/test_notice.py::test_enter_is_disabled_until_the_agreement_is_ticked"]
#: A run of the same start (pytest, the browser, the portal) with no test of its own.
START_ONLY = ["benchmarks/run_start.py"]


def pytest_run(root: Path, tests: list[str], *extra: str) -> Run:
    """The tests run by pytest in a child process, without random order or reports."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
               *extra, *tests]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = run(command, cwd=root, env=env)
    if done.status != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.status}):\n{done.output[-3000:]}")
    return done


def passed(done: Run) -> int:
    """How many tests the run's summary line says passed."""
    for line in reversed(done.output.splitlines()):
        words = line.replace(",", " ").split()
        if "passed" in words:
            return int(words[words.index("passed") - 1])
    raise RuntimeError(f"no summary line in:\n{done.output[-2000:]}")


def cpu_per_test(runs: list[Run], start: list[Run], count: int) -> float:
    """Median CPU seconds of `runs` of `count` tests each, less the median of `start` (runs of
    START_ONLY), per test. The start is the same absolute cost on both sides of a ratio: spread
    over the tests, it would pull the ratio towards 1."""
    return (median([r.cpu for r in runs]) - median([r.cpu for r in start])) / count


def measure(root: Path, repeats: int, quick: bool) -> list[Figure]:
    tests = QUICK_SUBSET if quick else SUBSET
    direct, walked, start, one, two = [], [], [], [], []
    untraced_direct, untraced_walked = [], []
    for _ in range(repeats):
        direct.append(pytest_run(root, tests, "-n", "0"))
        walked.append(pytest_run(root, tests, "-n", "0", "--reach-through-ui"))
        untraced_direct.append(pytest_run(root, tests, "-n", "0", "--tracing", "off"))
        untraced_walked.append(pytest_run(root, tests, "-n", "0", "--tracing", "off",
                                          "--reach-through-ui"))
        start.append(pytest_run(root, START_ONLY, "-n", "0"))
        one.append(pytest_run(root, tests, "-n", "1"))
        two.append(pytest_run(root, tests, "-n", "2"))
    count = passed(direct[0])
    cores = os.cpu_count() or 1
    cpu_start = median([r.cpu for r in start])
    all_in_direct = median([r.cpu for r in direct]) / count
    all_in_walked = median([r.cpu for r in walked]) / count
    cpu_direct = cpu_per_test(direct, start, count)
    cpu_walked = cpu_per_test(walked, start, count)
    wall_one = median([r.wall for r in one])
    wall_two = median([r.wall for r in two])
    # Busy fraction of the machine during the one-worker run: CPU seconds over core-seconds.
    busy = median([r.cpu / (r.wall * cores) for r in one])
    subset = f"{count} tests of {', '.join(Path(t).name for t in tests)}"
    # What the tests record weighs on their CPU (benchmarks/trace_cost.py: the screenshots).
    trace = trace_setting(load(root / CONFIG_FILE))
    return [
        Figure("suite", f"CPU seconds per browser test ({subset}, `-n 0`, trace {trace!r}), "
               "the run's start subtracted", cpu_direct, "s", "the same, `--reach-through-ui`",
               cpu_walked,
               "the browser's rendering of each page load, then Python (pytest, the page "
               "objects) and the portal. The run's start (pytest, browser and portal launch: "
               f"{cpu_start:.2f} s, a run of benchmarks/run_start.py in the same repeats) is "
               "subtracted from both; all-in, start included, it is "
               f"{all_in_direct:.2f} s vs {all_in_walked:.2f} s = "
               f"{all_in_direct / all_in_walked:.2f}× (goal: half of the walk's)"),
        Figure("suite", f"CPU per browser test without a trace ({subset}, `-n 0`, `--tracing off`), "
               "the run's start subtracted",
               cpu_per_test(untraced_direct, start, count), "s",
               "the same, `--reach-through-ui`", cpu_per_test(untraced_walked, start, count),
               "what reaching directly saves, without the trace every test records while it "
               "runs under retain-on-failure (docs/decisions.md D35; goal: half of the walk's)"),
        Figure("suite", f"speed-up of 2 workers over 1 ({subset})", wall_one / wall_two, "×",
               "CPU-bound limit, 1 / busy fraction of the 1-worker run", 1 / busy,
               f"{cores} cores shared with the browser and the portal of each worker: a run "
               "that keeps the cores busy cannot go faster with more workers; each worker also "
               "starts its own portal and browser. The busy fraction counts this run's CPU "
               "only: on a machine shared with other work the limit overstates what is possible",
               ratio_text=f"walls {wall_one:.1f} s → {wall_two:.1f} s, busy {busy:.0%}"),
        Figure("memory", "peak memory of one worker (pytest process)",
               median([r.root_kb for r in direct]) / 1024, "MiB",
               "its whole tree: + Chromium, the portal", median([r.tree_kb for r in direct]) / 1024,
               "sampled every 0.2 s from /proc (resident set); Chromium's processes dominate "
               "the tree"),
    ]
