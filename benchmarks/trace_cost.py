"""What a trace's screenshots (the screencast filmstrip) cost: CPU seconds per browser test of
the bench's e2e subset, screens reached directly and walked to, with the configured trace and
with the same trace with its screenshots switched (on where the file has them off, as by
default since D55, off where it has them on), run alternately in one run.

`python -m benchmarks.trace_cost [--repeats N] [--quick]` prints the figures; the other trace
settings (mode, snapshots, sources) are playwright.config.py's.
"""

from __future__ import annotations

import argparse
import pprint
import sys
import tempfile
from pathlib import Path

from support.run_settings import CONFIG_FILE, load, read_config_file, trace_setting

from .report import Figure, table
from .suite_figures import QUICK_SUBSET, START_ONLY, SUBSET, cpu_per_test, passed, pytest_run

ROOT = Path(__file__).resolve().parent.parent


def screenshots_switched(folder: Path) -> Path:
    """playwright.config.py with its trace's screenshots switched, written into `folder`."""
    raw = read_config_file(ROOT / CONFIG_FILE)
    settings = load(ROOT / CONFIG_FILE)
    trace = trace_setting(settings)
    trace = {**(trace if isinstance(trace, dict) else {"mode": trace}),
             "screenshots": not settings.trace_parts.screenshots}
    raw["use"] = {**raw["use"], "trace": trace}
    path = folder / CONFIG_FILE
    path.write_text(f"config = {pprint.pformat(raw)}\n", encoding="utf-8")
    return path


def measure(repeats: int, quick: bool = False) -> list[Figure]:
    tests = QUICK_SUBSET if quick else SUBSET
    with tempfile.TemporaryDirectory(prefix="trace-cost-") as folder:
        variant = screenshots_switched(Path(folder))
        # Each variant's trace as its file spells it, and the run's extra arguments.
        variants = {repr(trace_setting(load(ROOT / CONFIG_FILE))): (),
                    repr(trace_setting(load(variant))): (
                        "--e2e-config", str(variant),
                        "--output", str(Path(folder) / "test-results"))}
        runs = {(name, walk): [] for name in variants for walk in (False, True)}
        start = []
        for _ in range(repeats):
            # Alternating, so a change in the machine's load falls on every variant alike.
            for name, extra in variants.items():
                for walk in (False, True):
                    walked = ("--reach-through-ui",) if walk else ()
                    runs[name, walk].append(pytest_run(ROOT, tests, "-n", "0", *extra,
                                                       *walked))
            start.append(pytest_run(ROOT, START_ONLY, "-n", "0"))
    count = passed(next(iter(runs.values()))[0])
    figures = []
    for name in variants:
        direct = cpu_per_test(runs[name, False], start, count)
        walked = cpu_per_test(runs[name, True], start, count)
        figures.append(Figure(
            "trace", f"CPU seconds per browser test reached directly, trace {name}", direct,
            "s", "walked to (`--reach-through-ui`)", walked,
            f"{count} tests, `-n 0`, median of {repeats}, the run's start subtracted"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.trace_cost", description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: one repeat of one test; its figures mean little")
    args = parser.parse_args(argv)
    figures = measure(1 if args.quick else args.repeats, args.quick)
    print(table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
