"""`make bench`: every benchmark in one run, printed as a table and written to BENCHMARKS.md.

`python -m benchmarks [--quick] [--repeats N] [--output FILE]`. Starts its own portals and
browser on loopback; each figure is the median of N repeats beside its reference from the same
run. `--quick` is a smoke run (one repeat, one test, one round of load): its figures mean little.
Every run ends by checking what it wrote (benchmarks/self_check.py) and exits 1 when a figure,
its reference or the machine's description is missing, or the load had errors.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from playwright.sync_api import sync_playwright

from support import browsers
from support.control_api import ControlApi
from support.persona_factory import PersonaFactory
from support.portal_process import PortalProcess
from support.run_settings import CONFIG_FILE, load

from . import browser_figures, machine, self_check, suite_figures
from .load import LoadResult, run_load
from .measure import median, peak_kb, run
from .report import Figure, table, write

ROOT = Path(__file__).resolve().parent.parent
LOAD_CLIENTS = 16
#: What one operation of each path of benchmarks/load.py is.
PATH_NAMES = {"read": "read: GET 我的空间 and 我的办件", "write": "write: a whole declaration"}


def start_to_healthy(settings, log: Path, repeats: int) -> Figure:
    """Seconds from starting `python -m mock_portal` until both /healthz answer."""
    starts = []
    for _ in range(repeats):
        process = PortalProcess(settings.web_server, log, cwd=ROOT)
        started = time.perf_counter()
        process.start()
        starts.append(time.perf_counter() - started)
        process.stop()
    bare = [run([sys.executable, "-c", "pass"], cwd=ROOT).wall for _ in range(repeats)]
    return Figure("portal", "portal start to healthy (both /healthz)", median(starts), "s",
                  "a bare `python -c pass`", median(bare),
                  "importing Flask, Faker and the app, creating the SQLite schema; polled "
                  "every 50 ms, so up to 50 ms late")


def load_figures(settings, log: Path, rounds: int
                 ) -> tuple[list[Figure], list[LoadResult]]:
    """The portal under LOAD_CLIENTS clients on the read and the write path, and its memory."""
    process = PortalProcess(settings.web_server, log, cwd=ROOT)
    portal = process.start()
    try:
        idle_kb = peak_kb(process.process.pid)
        reads, writes = (run_load(portal, path, LOAD_CLIENTS, rounds,
                                  captcha=settings.captcha or "1488")
                         for path in ("read", "write"))
        loaded_kb = peak_kb(process.process.pid)
    finally:
        process.stop()
    why = ("one Python process (the GIL) with the waitress threads of both origins; SQLite "
           "takes one writer at a time (BEGIN IMMEDIATE, synchronous=FULL); the clients run in "
           "the same machine's other core(s), so client and server share the CPU")
    figures = []
    for load_ in (reads, writes):
        figures.append(Figure(
            "load", f"{PATH_NAMES[load_.path]}, {LOAD_CLIENTS} clients: p95", load_.percentile(95),
            "ms", "p50", load_.percentile(50), why,
            ratio_text=(f"{load_.throughput:.1f}/s, {len(load_.errors)} errors of "
                        f"{load_.operations + len(load_.errors)}")))
    figures.append(Figure("memory", "peak memory of the portal under that load",
                          loaded_kb / 1024, "MiB", "right after start", idle_kb / 1024,
                          "VmHWM of the server process (both origins, its threads)"))
    return figures, [reads, writes]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: one repeat, one test, one round of load")
    parser.add_argument("--repeats", type=int, default=5,
                        help="repeats of each browser and start-up figure (default 5)")
    parser.add_argument("--suite-repeats", type=int, default=1,
                        help="repeats of the pytest runs of the e2e subset (default 1)")
    parser.add_argument("--rounds", type=int, default=10,
                        help="operations per load client and path (default 10)")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    repeats = 1 if args.quick else args.repeats
    suite_repeats = 1 if args.quick else args.suite_repeats
    rounds = 1 if args.quick else args.rounds
    began = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    settings = load(ROOT / CONFIG_FILE)
    log = ROOT / "test-results" / "benchmark-portal.log"
    log.parent.mkdir(exist_ok=True)

    figures: list[Figure] = []
    with PortalProcess(settings.web_server, log, cwd=ROOT) as portal, sync_playwright() as pw:
        browser = browsers.launch_chromium(pw, settings, headless=True)
        described = machine.describe("chromium", browser.version,
                                     browsers.find_executable(pw, "chromium", True,
                                                              settings.executable_path,
                                                              settings.system_browsers))
        bench = browser_figures.Bench(
            browser, portal, PersonaFactory(ControlApi.over_http(portal.portal_url), "bench"),
            browsers.context_options(settings, pw), settings.captcha)
        print("browser figures …", flush=True)
        figures += browser_figures.measure(bench, repeats)
        browser.close()
    print("portal start …", flush=True)
    figures.append(start_to_healthy(settings, log, repeats))
    print(f"portal under {LOAD_CLIENTS} clients …", flush=True)
    loaded, loads = load_figures(settings, log, rounds)
    figures += loaded
    print("e2e subset under pytest …", flush=True)
    figures += suite_figures.measure(ROOT, suite_repeats, args.quick)

    settings_text = (f"repeats {repeats} (browser figures, start-up), pytest runs "
                     f"{suite_repeats}, load {LOAD_CLIENTS} clients × {rounds} operations per "
                     f"path{', --quick' if args.quick else ''}; headless Chromium; the load test "
                     "is benchmarks/load.py")
    print()
    print(table(figures))
    for load_ in loads:
        for error in sorted(set(load_.errors))[:5]:
            print(f"  {load_.path} error: {error}")
    write(args.output, described, figures, settings_text, began)
    print(f"\nwritten: {args.output}")
    # The check the bench's smoke test once made inside `make test`, now made by every run.
    if problems := self_check.problems(args.output.read_text(encoding="utf-8")):
        print("\n".join(["make bench: what it wrote is incomplete:", *problems]),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
