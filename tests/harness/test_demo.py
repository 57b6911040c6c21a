"""`make demo --guide-day`: the guide's own day, and its refusal against a portal elsewhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: 办件单号 on the guide's 第8步: the third case of 2022-06-11 at 海淀区's centre.
GUIDE_CASE_NUMBER = "111101086949863441300201400300202202206110003"


def run_demo(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fixtures.demo", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=240)


def test_the_guide_day_walk_gets_the_guides_case_number_shown_beside_the_guides(tmp_path):
    demo = run_demo("--guide-day", "--output", str(tmp_path))

    assert demo.returncode == 0, demo.stderr
    assert f"办件单号：{GUIDE_CASE_NUMBER}" in demo.stdout
    guide = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert (f"指南中的办件单号：<code>{GUIDE_CASE_NUMBER}</code><br>"
            f"本次的办件单号：<code>{GUIDE_CASE_NUMBER}</code>（一致）") in guide
    assert "模拟时钟为 2022-06-11 09:30（北京时间）" in guide


def test_the_guide_day_is_refused_for_a_portal_elsewhere_with_the_reason(tmp_path):
    demo = run_demo("--guide-day", "--base-url", "http://127.0.0.1:9", "--output", str(tmp_path))

    assert demo.returncode == 2
    assert demo.stderr == (
        "demo: --guide-day cannot walk the portal at http://127.0.0.1:9: it needs the control "
        "API of the portal the demo starts itself, to freeze the clock on 2022-06-11 and make "
        "that day's two earlier declarations. Leave out --base-url (and the config's "
        "base_url).\n")
    assert not (tmp_path / "index.html").exists()
