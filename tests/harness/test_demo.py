"""`make demo`'s program: the guide's ten steps, a screenshot each, the 办件单号 on the guide page;
`--guide-day` replays the guide's own day, and is refused against a portal elsewhere. One walk
(the guide's day, which walks as a plain run does after its set-up) serves both modes; a plain
run's page without the guide's 办件单号 is write_guide's (D39)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from pages import STEPS, JourneyResult
from scripts.demo import Shot, main, write_guide
from support.expected import GUIDE_CASE_NUMBER
from support.portal_process import Portal

ROOT = Path(__file__).resolve().parents[2]
DEMO = "scripts.demo"
#: A guard against a hung walk, in seconds; never a speed limit.
HANG_GUARD = 300


def run_demo(*args: str) -> subprocess.CompletedProcess:
    """`python -m scripts.demo` with `args`, from the repository's folder."""
    return subprocess.run([sys.executable, "-m", DEMO, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=HANG_GUARD)


@pytest.mark.slow
def test_the_guide_day_walk_takes_ten_steps_and_writes_the_guide_with_the_guides_case_number(
        tmp_path):
    # One walk for both modes: --guide-day walks the same ten steps as a plain run (after a
    # set-up through the control API); the plain run's own page is write_guide's, below.
    result = run_demo("--guide-day", "--output", str(tmp_path))

    assert result.returncode == 0, result.stderr
    steps = re.findall(r"^第(\d+)步 ", result.stdout, re.MULTILINE)
    assert steps == [str(n) for n in range(1, 11)]
    assert sorted(p.name for p in tmp_path.glob("*.png")) == [f"step-{n:02d}.png"
                                                              for n in range(1, 11)]
    assert re.search(rf"^办件单号：{GUIDE_CASE_NUMBER}$", result.stdout, re.MULTILINE), \
        result.stdout
    # 第9–10步 after the clock moved on and the case was completed: its result's SMS, 已办结.
    assert "\n模拟时钟前进10分钟，办件已办结（通过）\n" in result.stdout
    assert "办件状态：已办结\n" in result.stdout
    assert (f"短信：【北京市政务服务网】您申请的“灵活就业人员社会保险缴费申报与变更”（办件单号：{GUIDE_CASE_NUMBER}）"
            "已办结，办理结果：通过。请登录“我的空间”查看详情。\n") in result.stdout
    guide = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert f"办件单号：<strong>{GUIDE_CASE_NUMBER}</strong>　办件状态：已办结" in guide
    assert (f"指南中的办件单号：<code>{GUIDE_CASE_NUMBER}</code><br>"
            f"本次的办件单号：<code>{GUIDE_CASE_NUMBER}</code>（一致）") in guide
    assert "模拟时钟为 2022-06-11 09:30（北京时间）" in guide
    assert (tmp_path / "trace.zip").is_file()


def test_a_plain_run_s_guide_shows_its_case_number_without_the_guide_s(tmp_path):
    shots = [Shot(step.number, step.title, 1.0, f"step-{step.number:02d}.png") for step in STEPS]
    number = "11110108694986344130020140030020220261207" "0001"  # a plain day's
    result = JourneyResult(case_number=number, office="海淀区政务服务中心", applied_base="5000",
                           sms="", status="已办结", timings=())
    persona = SimpleNamespace(name="张三")

    index = write_guide(tmp_path, shots, result, None, persona, Portal("http://p", "http://i"))

    guide = index.read_text(encoding="utf-8")
    assert f"办件单号：<strong>{number}</strong>　办件状态：已办结" in guide
    assert guide.count("<figure>") == 10
    assert "指南中的办件单号" not in guide and "模拟时钟为" not in guide  # the guide's day's only


def test_the_guide_day_is_refused_for_a_portal_elsewhere_with_the_reason(tmp_path, capsys):
    # The refusal comes before any portal or browser starts: the script's main, in this process.
    returned = main(["--guide-day", "--base-url", "http://127.0.0.1:9", "--output",
                     str(tmp_path)])

    assert returned == 2
    assert capsys.readouterr().err == (
        "demo: --guide-day cannot walk the portal at http://127.0.0.1:9: it needs the control "
        "API of the portal the demo starts itself, to freeze the clock on 2022-06-11 and make "
        "that day's two earlier declarations. Leave out --base-url (and the config's "
        "base_url).\n")
    assert not (tmp_path / "index.html").exists()
