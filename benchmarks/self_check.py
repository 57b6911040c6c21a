"""`make bench`'s check of what it wrote: every figure in the table with a number beside its
reference, the machine described, what limits each figure, and the load without errors.

Run at the end of every `python -m benchmarks` (also `--quick`), so a figure lost or renamed, or
a load that failed, fails `make bench` itself. The values are never judged: no timing limits.
"""

from __future__ import annotations

import re

#: The figures every run writes, each matched by the start of its row's first cell.
FIGURES = (
    "journey 第1–8步 through the page objects",
    "per-test set-up: context + page + login without UI",
    "login without the UI",
    "login + 信息确认 reached directly",
    "portal start to healthy",
    "read: GET 我的空间 and 我的办件, 16 clients",
    "write: a whole declaration, 16 clients",
    "peak memory of the portal",
    "CPU seconds per browser test",
    "CPU per browser test without a trace",
    "speed-up of 2 workers over 1",
    "peak memory of one worker",
)
#: The rows of the machine table that must have a value.
MACHINE = ("CPU", "cores", "RAM", "OS", "Python", "Playwright", "browser")
LOAD_ROW = re.compile(r"(\d+) errors of (\d+)")


def figure_rows(written: str) -> list[list[str]]:
    """The cells of each row of the figures table (figure, measured, reference, ratio)."""
    rows = []
    for line in written.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 4 and cells[0] != "figure":
            rows.append(cells)
    return rows


def problems(written: str) -> list[str]:
    """What is wrong with a BENCHMARKS.md as written; [] when nothing is."""
    found = []
    rows = figure_rows(written)
    for figure in FIGURES:
        matching = [row for row in rows if row[0].startswith(figure)]
        if len(matching) != 1:
            found.append(f"{len(matching)} rows for the figure {figure!r}, not 1")
            continue
        _, measured, reference, ratio = matching[0]
        if not re.search(r"\d", measured):
            found.append(f"no measured value for {figure!r}: {measured!r}")
        if not re.search(r": \S*\d", reference):
            found.append(f"no reference value for {figure!r}: {reference!r}")
        load = LOAD_ROW.search(ratio)
        if load and load.group(1) != "0":
            found.append(f"the load of {figure!r} had {load.group(0)}")
    for what in MACHINE:
        if not re.search(rf"^\| {re.escape(what)} \| \S", written, re.MULTILINE):
            found.append(f"the machine's {what} is not described")
    if "## What limits each figure" not in written:
        found.append("no section 'What limits each figure'")
    return found
