"""The portal under concurrent clients on loopback: throughput, p50, p95 and errors.

Each client is a person of its own (a persona created through the control API) with a
browser-like HTTP client (support/portal_user.py): logged in without the UI (the OAuth2 walk),
then, on the write path, declaring again and again the way a browser posts the forms (在线办理 →
用户须知 → 在线填表 → 信息确认 → 提交), or, on the read path, opening 我的空间 and 我的办件.
All clients start together. The run is bounded: each client stops after `per_client`
operations or at `time_limit` seconds, whichever comes first, and every request has a timeout.
After the write path every declaration is checked to exist as a case of its client's persona
(the goal: no error at all).

    .venv/bin/python -m benchmarks.load                       # 16 clients, 5 each, both paths
    .venv/bin/python -m benchmarks.load --clients 4 --per-client 2 --path write
    .venv/bin/python -m benchmarks.load --base-url http://127.0.0.1:8000   # a running portal

`run_load(portal, path, clients, per_client)` is the same as a function (for `make bench`).
What limits the figures: the clients run as threads of one Python process on the same machine
as the portal, so both share its cores; the portal serves each origin with a fixed thread pool
(`--threads`, 8) over one SQLite file whose writes take turns.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from support.control_api import ControlApi
from support.persona_factory import PersonaFactory
from support.personas import Persona
from support.portal_process import Portal, PortalProcess, external_portal
from support.portal_user import PortalUser
from support.run_settings import CONFIG_FILE, load
from support.transport import HttpTransport

ROOT = Path(__file__).resolve().parent.parent
PATHS = ("write", "read")
#: Seconds one request may take before it counts as an error.
REQUEST_TIMEOUT = 30.0
#: 缴费工资 of the declarations: within every year's limits, so none is clamped.
WAGE = "8000"


@dataclass(frozen=True)
class LoadResult:
    """One path under load: what was done, how long each operation took, what went wrong."""

    path: str
    clients: int
    per_client: int
    seconds: float
    latencies: tuple[float, ...]
    errors: tuple[str, ...]
    #: The 办件单号 made (write path), in no particular order.
    case_numbers: tuple[str, ...] = ()

    @property
    def operations(self) -> int:
        """Operations that succeeded."""
        return len(self.latencies)

    @property
    def throughput(self) -> float:
        """Successful operations per second of the whole run."""
        return self.operations / self.seconds if self.seconds else 0.0

    def percentile(self, p: int) -> float:
        """The p-th percentile of the latencies, in seconds (0 with none)."""
        if not self.latencies:
            return 0.0
        if len(self.latencies) == 1:
            return self.latencies[0]
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[p - 1]

    def row(self) -> str:
        """One row of the printed table."""
        return (f"| {self.path} | {self.clients} | {self.operations} | {self.seconds:.1f} | "
                f"{self.throughput:.1f} | {self.percentile(50) * 1000:.0f} | "
                f"{self.percentile(95) * 1000:.0f} | {len(self.errors)} |")


HEADER = ("| path | clients | operations | seconds | per second | p50 ms | p95 ms | errors |\n"
          "|---|---|---|---|---|---|---|---|")


def _personas(portal: Portal, clients: int) -> list[Persona]:
    """One new persona per client (a fresh seed: a portal may have served earlier runs)."""
    make = PersonaFactory(ControlApi.over_http(portal.portal_url),
                          f"load/{secrets.token_hex(4)}")
    return [make() for _ in range(clients)]


def _write(user: PortalUser) -> str:
    return user.declare(WAGE)


def _read(user: PortalUser) -> str:
    for path in ("/space/", "/space/progress/cases"):
        page = user.open(path)
        if page.status_code != 200 or not user.logged_in:
            raise AssertionError(f"{path} answered {page.status_code} on {user.path}")
    return ""


def run_load(portal: Portal, path: str = "write", clients: int = 16, per_client: int = 5,
             time_limit: float = 120.0, captcha: str = "1488") -> LoadResult:
    """`clients` people at once on `path` ("write" or "read"), `per_client` operations each,
    all stopped at `time_limit` seconds."""
    if path not in PATHS:
        raise ValueError(f"path must be one of {', '.join(PATHS)}, not {path!r}")
    if clients < 1 or per_client < 1 or time_limit <= 0:
        raise ValueError("clients and per_client must be at least 1, time_limit positive")
    personas = _personas(portal, clients)
    operation = _write if path == "write" else _read
    start = threading.Barrier(clients + 1)
    lock = threading.Lock()
    latencies: list[float] = []
    errors: list[str] = []
    made: dict[str, list[str]] = {p.id_number: [] for p in personas}
    deadline = time.monotonic() + time_limit

    def client(persona: Persona) -> None:
        user = PortalUser(HttpTransport(REQUEST_TIMEOUT), portal.portal_url, portal.idp_url,
                          persona.username, persona.password, captcha)
        start.wait()
        try:
            user.log_in_from_portal("/space/")
        except Exception as exc:  # noqa: BLE001 — every failure is a figure of the run
            with lock:
                errors.append(f"login {persona.username}: {type(exc).__name__}: {exc}")
            return
        for _ in range(per_client):
            if time.monotonic() > deadline:
                return
            began = time.perf_counter()
            try:
                number = operation(user)
            except Exception as exc:  # noqa: BLE001
                with lock:
                    errors.append(f"{path} {persona.username}: {type(exc).__name__}: {exc}")
                continue
            took = time.perf_counter() - began
            with lock:
                latencies.append(took)
                if number:
                    made[persona.id_number].append(number)

    threads = [threading.Thread(target=client, args=(p,), daemon=True) for p in personas]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        # A request in flight at the deadline may still take its own timeout.
        thread.join(timeout=max(0.0, deadline - time.monotonic()) + REQUEST_TIMEOUT + 5)
    seconds = time.perf_counter() - began
    stuck = sum(thread.is_alive() for thread in threads)
    with lock:
        result_errors = list(errors) + ([f"{stuck} client(s) still running at the end"]
                                        if stuck else [])
        numbers = [n for each in made.values() for n in each]
        result_latencies = tuple(latencies)
    if path == "write":
        result_errors += _missing_cases(portal, made)
    return LoadResult(path, clients, per_client, seconds, result_latencies,
                      tuple(result_errors), tuple(numbers))


def _missing_cases(portal: Portal, made: dict[str, list[str]]) -> list[str]:
    """Every 办件单号 a client was shown must be a case of its persona, and no two the same."""
    admin = ControlApi.over_http(portal.portal_url)
    problems = []
    numbers = [n for each in made.values() for n in each]
    if len(set(numbers)) != len(numbers):
        problems.append(f"{len(numbers) - len(set(numbers))} 办件单号 given twice")
    for id_number, shown in made.items():
        stored = {case["number"] for case in admin.cases(id_number)}
        missing = [n for n in shown if n not in stored]
        if missing:
            problems.append(f"shown but not stored for {id_number[:3]}***: {missing}")
    return problems


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--per-client", type=int, default=5)
    parser.add_argument("--path", choices=[*PATHS, "both"], default="both")
    parser.add_argument("--time-limit", type=float, default=120.0,
                        help="seconds after which every client stops (default 120)")
    parser.add_argument("--base-url", default=None,
                        help="a running portal (test mode, MOCK_PORTAL_CAPTCHA=1488); "
                             "default: start one")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    settings = load(ROOT / CONFIG_FILE)
    process = PortalProcess(replace(settings.web_server, port=None, idp_port=None),
                            ROOT / settings.output_dir / "portal-load.log", cwd=ROOT)
    try:
        portal = external_portal(args.base_url) if args.base_url else process.start()
        print(f"{os.cpu_count()} CPU(s), Python {sys.version.split()[0]}, portal "
              f"{portal.portal_url}; {args.clients} clients x {args.per_client}, at most "
              f"{args.time_limit:g}s per path")
        print(HEADER)
        results = [run_load(portal, path, args.clients, args.per_client, args.time_limit,
                            settings.captcha or "1488")
                   for path in (PATHS if args.path == "both" else (args.path,))]
        for result in results:
            print(result.row())
        for result in results:
            for error in result.errors[:20]:
                print(f"error ({result.path}): {error}")
    finally:
        process.stop()
    return 1 if any(result.errors for result in results) else 0


if __name__ == "__main__":
    sys.exit(main())
