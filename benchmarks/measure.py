"""What the benchmarks measure with: medians, CPU seconds of finished child
processes, and the peak memory of a process and its descendants read from /proc (Linux)."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024 if hasattr(os, "sysconf") else 4


def median(values: list[float]) -> float:
    return statistics.median(values)


def children_cpu() -> float:
    """User + system CPU seconds of every child process waited for so far (and theirs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _rss_kb(pid: int) -> int:
    """Resident memory of one process now, 0 when it is gone."""
    try:
        return int((PROC / str(pid) / "statm").read_text().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def _parent_of(pid: str) -> int | None:
    try:
        stat = (PROC / pid / "stat").read_text()
    except OSError:
        return None
    # The command name may hold spaces and parentheses: the fields follow the last ")".
    return int(stat[stat.rindex(")") + 2:].split()[1])


def descendants(root: int) -> set[int]:
    """`root` and every process below it, now."""
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            parent = _parent_of(entry.name)
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    found, todo = set(), [root]
    while todo:
        pid = todo.pop()
        if pid not in found:
            found.add(pid)
            todo.extend(children.get(pid, []))
    return found


def peak_kb(pid: int) -> int:
    """The most resident memory the process has had (VmHWM), 0 when it is gone."""
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreePeak:
    """Samples a process tree's resident memory every `interval` seconds in a thread: the peak
    of the root alone and of the whole tree (sampling misses peaks shorter than `interval`)."""

    def __init__(self, root: int, interval: float = 0.2) -> None:
        self.root = root
        self.interval = interval
        self.root_kb = 0
        self.tree_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = descendants(self.root)
            self.root_kb = max(self.root_kb, _rss_kb(self.root))
            self.tree_kb = max(self.tree_kb, sum(_rss_kb(pid) for pid in pids))
            self._stop.wait(self.interval)


@dataclass(frozen=True)
class Run:
    """One finished command: wall and CPU seconds (it and every descendant it waited for), its
    exit status, its output, and its memory peaks."""

    wall: float
    cpu: float
    status: int
    output: str
    root_kb: int
    tree_kb: int


def run(command: list[str], cwd: Path, env: dict | None = None, timeout: float = 1800) -> Run:
    """Run `command` to its end, measuring it (os.wait4 gives the child's own resource usage)."""
    started = time.perf_counter()
    with open(os.devnull, "rb") as devnull:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdin=devnull,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output: list[bytes] = []
    reader = threading.Thread(target=lambda: output.append(process.stdout.read()), daemon=True)
    reader.start()
    # A hung run is killed after `timeout`; os.wait4 then returns at once.
    killer = threading.Timer(timeout, process.kill)
    killer.start()
    with TreePeak(process.pid) as peak:
        _, status, usage = os.wait4(process.pid, 0)
    killer.cancel()
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    reader.join()
    return Run(wall, usage.ru_utime + usage.ru_stime, process.returncode,
               b"".join(output).decode(errors="replace"), peak.root_kb, peak.tree_kb)
