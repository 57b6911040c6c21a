"""`make bench`'s program runs as a smoke run and writes its table: every figure beside its
reference, the machine described. The figures themselves are never checked (no timing
assertions in tests)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: A guard against a hung run, in seconds; never a speed limit.
HANG_GUARD = 1500
FIGURES = [
    "journey 第1–8步 through the page objects",
    "per-test set-up: context + page + login without UI",
    "login without the UI",
    "信息确认 reached directly",
    "portal start to healthy",
    "read: GET 我的空间 and 我的办件, 16 clients",
    "write: a whole declaration, 16 clients",
    "peak memory of the portal",
    "CPU seconds per browser test",
    "CPU per browser test without a trace",
    "speed-up of 2 workers over 1",
    "peak memory of one worker",
]


@pytest.mark.slow
def test_the_quick_run_prints_and_writes_every_figure_beside_its_reference(tmp_path):
    output = tmp_path / "BENCHMARKS.md"

    result = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--output",
                             str(output)], cwd=ROOT, capture_output=True, text=True,
                            timeout=HANG_GUARD)

    assert result.returncode == 0, result.stdout + result.stderr
    written = output.read_text(encoding="utf-8")
    rows = [line for line in written.splitlines() if line.startswith("| ") and "reference" not in line
            and line.count("|") == 5]
    for figure in FIGURES:
        (row,) = [r for r in rows if figure in r]
        measured, reference = row.split("|")[2:4]
        assert re.search(r"\d", measured) and re.search(r": \S*\d", reference), row
        assert figure in result.stdout
    for what in ("CPU", "cores", "RAM", "OS", "Python", "Playwright", "browser"):
        assert re.search(rf"^\| {what} \| \S", written, re.MULTILINE), what
    assert "## What limits each figure" in written
    assert "0 errors of 16" in written
