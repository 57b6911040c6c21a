"""A bounded load test of a portal on loopback: N clients at once, each a person of its own.

The read path: each client asks for 我的办件 (`GET /space/progress/cases`, a database read and a
rendered page) `rounds` times. The write path: each client makes `rounds` whole declarations
(在线办理 → 用户须知 → 在线填表 → 信息确认 → 提交, six requests, one case written). Every request
has a timeout; nothing leaves 127.0.0.1/localhost. `python -m benchmarks.portal_load` runs it
alone against a portal it starts.
"""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from support.control_api import ControlApi
from support.persona_factory import PersonaFactory
from support.portal_process import Portal, PortalProcess
from support.portal_user import PortalUser
from support.run_settings import CONFIG_FILE, load

from .measure import median, percentile

ROOT = Path(__file__).resolve().parent.parent
#: Seconds a request may take before it counts as an error.
REQUEST_TIMEOUT = 30.0


@dataclass
class Load:
    """What one path under load gave: seconds per operation, errors, the wall time."""

    path: str
    seconds: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    wall: float = 0.0

    @property
    def throughput(self) -> float:
        return len(self.seconds) / self.wall if self.wall else 0.0

    def summary(self) -> str:
        if not self.seconds:
            return f"{self.path}: no operation succeeded; errors: {self.errors[:3]}"
        return (f"{self.path}: {len(self.seconds)} ok, {len(self.errors)} errors, "
                f"{self.throughput:.1f}/s, p50 {median(self.seconds) * 1000:.0f} ms, "
                f"p95 {percentile(self.seconds, 0.95) * 1000:.0f} ms")


def read_cases(user: PortalUser) -> None:
    """我的办件, once."""
    user.open("/space/progress/cases")
    if user.path != "/space/progress/cases":
        raise AssertionError(f"我的办件 ended at {user.path}")


def declare(user: PortalUser) -> None:
    """A whole declaration, once (a new one supersedes the person's open earlier one)."""
    user.declare("8000")


def _hammer(users: list[PortalUser], rounds: int, operation: Callable[[PortalUser], None],
            load: Load) -> None:
    """Every user at once, `rounds` operations each; a start barrier lines the threads up."""
    lock = threading.Lock()
    barrier = threading.Barrier(len(users) + 1)

    def client(user: PortalUser) -> None:
        barrier.wait()
        for _ in range(rounds):
            started = time.perf_counter()
            try:
                operation(user)
            except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the run
                with lock:
                    load.errors.append(f"{type(exc).__name__}: {exc}"[:200])
                continue
            with lock:
                load.seconds.append(time.perf_counter() - started)

    threads = [threading.Thread(target=client, args=(user,), daemon=True) for user in users]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    load.wall = time.perf_counter() - started


def run(portal: Portal, clients: int = 16, rounds: int = 10) -> tuple[Load, Load]:
    """The read path, then the write path, each with `clients` logged-in persons at once."""
    make_persona = PersonaFactory(ControlApi.over_http(portal.portal_url), "portal-load")
    users = []
    for _ in range(clients):
        persona = make_persona()
        user = PortalUser.over_http(portal, persona.username, persona.password,
                                    timeout=REQUEST_TIMEOUT)
        user.log_in_from_portal("/space/")
        users.append(user)
    reads, writes = Load("read: GET 我的办件"), Load("write: a whole declaration")
    _hammer(users, rounds, read_cases, reads)
    _hammer(users, rounds, declare, writes)
    return reads, writes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.portal_load",
                                     description=__doc__)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=10, help="operations per client and path")
    args = parser.parse_args(argv)
    settings = load(ROOT / CONFIG_FILE)
    log = ROOT / "test-results" / "benchmark-portal.log"
    with PortalProcess(settings.web_server, log, cwd=ROOT) as portal:
        for path in run(portal, args.clients, args.rounds):
            print(path.summary())


if __name__ == "__main__":
    main()
