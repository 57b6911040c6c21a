"""The machine a benchmark ran on: CPU, cores, memory, OS, Python, Playwright and the browser."""

from __future__ import annotations

import os
import platform
from importlib.metadata import version
from pathlib import Path


def _first(path: str, key: str) -> str | None:
    """The value of the first `key: value` line of a /proc or /etc file."""
    try:
        for line in Path(path).read_text().splitlines():
            name, _, value = line.partition(":" if ":" in line else "=")
            if name.strip() == key:
                return value.strip().strip('"')
    except OSError:
        pass
    return None


def describe(browser_name: str, browser_version: str, browser_path: str | None) -> list[tuple[str, str]]:
    """(what, value) rows describing this machine and the software measured."""
    memory = _first("/proc/meminfo", "MemTotal")
    memory_text = f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB" if memory else "unknown"
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return [
        ("CPU", _first("/proc/cpuinfo", "model name") or platform.processor() or "unknown"),
        ("cores", str(os.cpu_count())),
        ("RAM", memory_text),
        ("OS", _first("/etc/os-release", "PRETTY_NAME") or platform.platform()),
        ("kernel", platform.release()),
        ("Python", platform.python_version()),
        ("Playwright", version("playwright")),
        ("browser", f"{browser_name} {browser_version}"
                    + (f" ({browser_path})" if browser_path else " (Playwright's own)")),
        ("load average at start", " ".join(f"{x:.2f}" for x in load) if load else "unknown"),
    ]
