"""`python -m scripts.mutation [ONLY=a,b]`: what the suite catches of the portal's seeded defects.

First a baseline run with no defect must be green. Then, for each defect of the catalogue
(GET /__admin/defects of a test-mode portal) one at a time: a portal is started with it on, to
show that it starts; then the suite runs with MOCK_PORTAL_DEFECTS set, which the app tier's
fixtures and every portal the harness starts pass on — the tests marked with the defect's area
first, then the rest, in a fixed order (`-p no:randomly`), stopping at the first failure, within a
time limit per defect. Prints a table (defect, area, caught by, seconds) and the kill rate, writes
the same as JSON (reports/mutation.json) and exits 1 when a defect survives (a missing test).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from pathlib import Path

from support.control_api import ControlApi
from support.ports import free_ports

ROOT = Path(__file__).resolve().parents[1]
#: The tiers run against each defect: the app tier (quick, in-process apps) and the browser tests.
DEFAULT_PATHS = ("tests/app", "e2e")
#: The limit on one defect's runs together, in seconds (a hung run is stopped, not waited on).
DEFAULT_LIMIT = 300
#: How long a portal may take to say it serves.
START_LIMIT = 30


@dataclass
class Outcome:
    """One row of the table."""

    defect: str
    area: str
    caught_by: str | None
    seconds: float
    status: str  # caught, survived, timeout, error

    @property
    def shown(self) -> str:
        if self.status == "caught":
            return self.caught_by or "?"
        return self.status.upper() + (f": {self.caught_by}" if self.caught_by else "")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m scripts.mutation",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="?", default="",
                        help="ONLY=a,b: just these defects, each on its own")
    parser.add_argument("--only", dest="only_flag", default="", help="the same as ONLY=a,b")
    parser.add_argument("--paths", nargs="+", default=list(DEFAULT_PATHS),
                        help=f"test paths run against each defect (default {' '.join(DEFAULT_PATHS)})")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                        help=f"seconds per defect (default {DEFAULT_LIMIT})")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the baseline run (it must have been green already)")
    parser.add_argument("--json", default="reports/mutation.json", help="where the JSON goes")
    parser.add_argument("--baseline-workers", default="auto",
                        help="xdist workers of the baseline run (default auto; 0 for a small suite)")
    args = parser.parse_args(argv)
    only = args.only_flag or args.only.removeprefix("ONLY=")
    args.names = [name.strip() for name in only.split(",") if name.strip()]
    return args


def _start(defects: str, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("MOCK_PORTAL_DEFECTS", None)
    port, idp_port = free_ports(2)
    command = [sys.executable, "-m", "mock_portal", "--test-mode", "--port", str(port),
               "--idp-port", str(idp_port), "--db", str(db)]
    if defects:
        command += ["--defects", defects]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _stop(process: subprocess.Popen) -> None:
    """Stop a portal we started: SIGTERM, then, if it lingers (a busy machine), SIGKILL."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def start_problem(defect: str) -> str | None:
    """None when a portal with `defect` on starts; else what it said."""
    with tempfile.TemporaryDirectory() as folder:
        process = _start(defect, Path(folder) / "p.db")
        try:
            first = process.stdout.readline()  # "portal: …" once it serves, "" when it stops
            if first.startswith("portal:"):
                return None
            process.wait(timeout=START_LIMIT)
            return (process.stderr.read().strip() or f"exit status {process.returncode}")
        finally:
            _stop(process)


def catalogue() -> list[dict]:
    """The defects, as a test-mode portal lists them."""
    with tempfile.TemporaryDirectory() as folder:
        process = _start("", Path(folder) / "p.db")
        try:
            line = process.stdout.readline()
            if not line.startswith("portal:"):
                sys.exit(f"mutation: the portal does not start: {process.stderr.read().strip()}")
            base_url = line.split(None, 1)[1].strip().rstrip("/")
            admin = ControlApi.over_http(base_url)
            return admin.defects()
        finally:
            _stop(process)


def first_failure(junit: Path) -> str | None:
    """The first test that failed or erred in a JUnit file, as path::name."""
    if not junit.exists():
        return None
    for case in ET.parse(junit).iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            module = case.get("classname", "").replace(".", "/")
            return f"{module}.py::{case.get('name')}"
    return None


def run_suite(paths: list[str], marker: str | None, defect: str, limit: float,
              workers: str = "0") -> tuple[str, str | None]:
    """("passed" | "failed" | "timeout" | "error", the test that failed first); `marker` None
    runs every test of `paths`; `workers` other than "0" runs them in parallel (order lost)."""
    env = {**os.environ}
    if defect:
        env["MOCK_PORTAL_DEFECTS"] = defect
    else:
        env.pop("MOCK_PORTAL_DEFECTS", None)
    with tempfile.TemporaryDirectory() as folder:
        junit = Path(folder) / "junit.xml"
        chosen = ["-m", marker] if marker else []
        command = [sys.executable, "-m", "pytest", *paths, *chosen, "-x", "-q",
                   "-p", "no:randomly", "-n", workers, "-p", "no:cacheprovider",
                   f"--junitxml={junit}", "-o", "junit_family=legacy"]
        try:
            run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                                 timeout=max(limit, 1))
        except subprocess.TimeoutExpired:
            return "timeout", first_failure(junit)
        if run.returncode == 0 or run.returncode == 5:  # 5: no test carries the marker
            return "passed", None
        caught = first_failure(junit)
        if run.returncode == 1 and caught:
            return "failed", caught
        last = (run.stdout + run.stderr).strip().splitlines()[-1:]
        return "error", caught or (last[0] if last else f"pytest exit status {run.returncode}")


def measure(defect: dict, paths: list[str], limit: float) -> Outcome:
    """Start a portal with the defect, then the area's tests, then the rest."""
    began = time.monotonic()

    def outcome(status: str, caught: str | None) -> Outcome:
        return Outcome(defect["name"], defect["area"], caught,
                       round(time.monotonic() - began, 1), status)

    if problem := start_problem(defect["name"]):
        return outcome("error", f"portal did not start: {problem}")
    for marker in (defect["area"], f"not {defect['area']}"):
        left = limit - (time.monotonic() - began)
        status, caught = run_suite(paths, marker, defect["name"], left)
        if status == "failed":
            return outcome("caught", caught)
        if status in ("timeout", "error"):
            return outcome(status, caught)
    return outcome("survived", None)


def table(rows: list[Outcome]) -> str:
    widths = [max(len(h), *(len(str(v)) for v in col)) for h, col in (
        ("defect", [r.defect for r in rows]), ("area", [r.area for r in rows]),
        ("caught by", [r.shown for r in rows]), ("seconds", [r.seconds for r in rows]))]
    lines = []
    for values in [("defect", "area", "caught by", "seconds")] + [
            (r.defect, r.area, r.shown, r.seconds) for r in rows]:
        lines.append("  ".join(str(v).ljust(w) for v, w in zip(values, widths, strict=True)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    known = catalogue()
    names = {d["name"] for d in known}
    if unknown := [n for n in args.names if n not in names]:
        print(f"mutation: unknown defect {', '.join(unknown)}; known: {', '.join(sorted(names))}",
              file=sys.stderr)
        return 2
    chosen = [d for d in known if not args.names or d["name"] in args.names]
    if not args.no_baseline:
        print(f"baseline: {' '.join(args.paths)} with no defect …", flush=True)
        # Only green or not matters here, not which test comes first: in parallel.
        status, failed = run_suite(args.paths, None, "", 10 * args.limit,
                                   workers=args.baseline_workers)
        if status != "passed":
            print(f"mutation: the baseline is not green ({status}: {failed}); fix it first",
                  file=sys.stderr)
            return 2
    rows = []
    for defect in chosen:
        print(f"{defect['name']} ({defect['area']}) …", flush=True)
        rows.append(measure(defect, args.paths, args.limit))
        print(f"  {rows[-1].shown} in {rows[-1].seconds} s", flush=True)
    killed = sum(r.status == "caught" for r in rows)
    rate = killed / len(rows) if rows else 1.0
    print()
    print(table(rows))
    print(f"\nkill rate: {killed}/{len(rows)} ({rate:.0%})")
    out = ROOT / args.json  # an absolute --json stays as given
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"kill_rate": rate, "killed": killed, "total": len(rows),
                               "paths": args.paths, "defects": [asdict(r) for r in rows]},
                              ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"written: {args.json}")
    return 0 if killed == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
