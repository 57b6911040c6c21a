"""`python -m mock_portal` with a bad case-lifecycle flag or variable: one line, status 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _serve(tmp_path: Path, *flags: str, env: dict | None = None) -> subprocess.CompletedProcess:
    # Port 0: the process is expected to stop before it listens anywhere.
    return subprocess.run(
        [sys.executable, "-m", "mock_portal", "--port", "0", "--idp-port", "0", "--test-mode",
         "--db", str(tmp_path / "portal.db"), *flags],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, **(env or {})})


@pytest.mark.parametrize(("flags", "line"), [
    (["--accept-after-minutes", "five"],
     "--accept-after-minutes: expected a whole number of minutes (0 or more), got 'five'"),
    (["--complete-after-minutes", "-3"],
     "--complete-after-minutes: expected a whole number of minutes (0 or more), got '-3'"),
    (["--default-result", "驳回"], "--default-result: expected 通过 or 不予通过, got '驳回'"),
], ids=["accept", "complete", "result"])
def test_a_bad_flag_stops_the_server_with_one_line(tmp_path, flags, line):
    run = _serve(tmp_path, *flags)

    assert (run.returncode, run.stdout, run.stderr) == (2, "", f"python -m mock_portal: {line}\n")
    assert not (tmp_path / "portal.db").exists()


@pytest.mark.parametrize(("name", "value", "line"), [
    ("MOCK_PORTAL_ACCEPT_AFTER_MINUTES", "1.5",
     "MOCK_PORTAL_ACCEPT_AFTER_MINUTES: expected a whole number of minutes (0 or more), got '1.5'"),
    ("MOCK_PORTAL_COMPLETE_AFTER_MINUTES", "半小时",
     "MOCK_PORTAL_COMPLETE_AFTER_MINUTES: expected a whole number of minutes (0 or more), "
     "got '半小时'"),
    ("MOCK_PORTAL_DEFAULT_RESULT", "pass",
     "MOCK_PORTAL_DEFAULT_RESULT: expected 通过 or 不予通过, got 'pass'"),
], ids=["accept", "complete", "result"])
def test_a_bad_variable_stops_the_server_with_one_line(tmp_path, name, value, line):
    run = _serve(tmp_path, env={name: value})

    assert (run.returncode, run.stdout, run.stderr) == (2, "", f"python -m mock_portal: {line}\n")
