"""`make demo`'s program: the guide's ten steps, a screenshot each, the 办件单号 on the guide page."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = "scripts.demo"
#: A guard against a hung walk, in seconds; never a speed limit.
HANG_GUARD = 300
#: 办件单号 of a case at the guide's office (docs/domain.md §6): 海淀区's department code, the
#: item code 3002014003002, handling suffix 02, the Beijing date, a four-digit sequence.
HAIDIAN_CASE_NUMBER = r"111101086949863441" r"3002014003002" r"02" r"\d{8}" r"\d{4}"


@pytest.mark.slow
def test_the_demo_walks_ten_steps_and_writes_the_illustrated_guide(tmp_path):
    result = subprocess.run([sys.executable, "-m", DEMO, "--output", str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=HANG_GUARD)

    assert result.returncode == 0, result.stderr
    steps = re.findall(r"^第(\d+)步 ", result.stdout, re.MULTILINE)
    assert steps == [str(n) for n in range(1, 11)]
    assert sorted(p.name for p in tmp_path.glob("*.png")) == [f"step-{n:02d}.png"
                                                              for n in range(1, 11)]
    printed = re.search(rf"^办件单号：({HAIDIAN_CASE_NUMBER})$", result.stdout, re.MULTILINE)
    assert printed, result.stdout
    guide = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert f"办件单号：<strong>{printed.group(1)}</strong>" in guide
    assert (tmp_path / "trace.zip").is_file()
