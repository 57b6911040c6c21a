"""`make record`'s program: the recorder's timed smoke run under Xvfb writes its output file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RECORD = "scripts.record"
#: A guard against a hung recorder, in seconds; never a speed limit.
HANG_GUARD = 300


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None,
                    reason="xvfb-run is not installed (apt-get install xvfb; `make test` "
                           "installs it where it can)")
def test_the_timed_recorder_run_under_xvfb_writes_the_recording(tmp_path):
    output = tmp_path / "flow_test.py"

    result = subprocess.run(["xvfb-run", "-a", sys.executable, "-m", RECORD, "--timeout", "5",
                             "--output", str(output)], cwd=ROOT, capture_output=True,
                            text=True, timeout=HANG_GUARD)

    assert result.returncode == 0, result.stderr
    assert f"record: wrote {output}" in result.stdout
    # The opening of the home page is recorded, relative to base_url.
    assert 'page.goto("/")' in output.read_text(encoding="utf-8")
