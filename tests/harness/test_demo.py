"""`make demo`'s program: the guide's ten steps, a screenshot each, the 办件单号 on the guide page;
`--guide-day` replays the guide's own day, and is refused against a portal elsewhere."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from support.expected import GUIDE_CASE_NUMBER

ROOT = Path(__file__).resolve().parents[2]
DEMO = "scripts.demo"
#: A guard against a hung walk, in seconds; never a speed limit.
HANG_GUARD = 300
#: 办件单号 of a case at the guide's office (docs/domain.md §6): 海淀区's department code, the
#: item code 3002014003002, handling suffix 02, the Beijing date, a four-digit sequence.
HAIDIAN_CASE_NUMBER = r"111101086949863441" r"3002014003002" r"02" r"\d{8}" r"\d{4}"


def run_demo(*args: str) -> subprocess.CompletedProcess:
    """`python -m scripts.demo` with `args`, from the repository's folder."""
    return subprocess.run([sys.executable, "-m", DEMO, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=HANG_GUARD)


@pytest.mark.slow
def test_the_demo_walks_ten_steps_and_writes_the_illustrated_guide(tmp_path):
    result = run_demo("--output", str(tmp_path))

    assert result.returncode == 0, result.stderr
    steps = re.findall(r"^第(\d+)步 ", result.stdout, re.MULTILINE)
    assert steps == [str(n) for n in range(1, 11)]
    assert sorted(p.name for p in tmp_path.glob("*.png")) == [f"step-{n:02d}.png"
                                                              for n in range(1, 11)]
    printed = re.search(rf"^办件单号：({HAIDIAN_CASE_NUMBER})$", result.stdout, re.MULTILINE)
    assert printed, result.stdout
    number = printed.group(1)
    # 第9–10步 after the clock moved on and the case was completed: its result's SMS, 已办结.
    assert "\n模拟时钟前进10分钟，办件已办结（通过）\n" in result.stdout
    assert "办件状态：已办结\n" in result.stdout
    assert (f"短信：【北京市政务服务网】您申请的“灵活就业人员社会保险缴费申报与变更”（办件单号：{number}）"
            "已办结，办理结果：通过。请登录“我的空间”查看详情。\n") in result.stdout
    guide = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert f"办件单号：<strong>{number}</strong>　办件状态：已办结" in guide
    assert "指南中的办件单号" not in guide  # the comparison is the guide's day's only
    assert (tmp_path / "trace.zip").is_file()


@pytest.mark.slow
def test_the_guide_day_walk_gets_the_guides_case_number_shown_beside_the_guides(tmp_path):
    result = run_demo("--guide-day", "--output", str(tmp_path))

    assert result.returncode == 0, result.stderr
    assert re.search(rf"^办件单号：{GUIDE_CASE_NUMBER}$", result.stdout, re.MULTILINE), \
        result.stdout
    guide = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert (f"指南中的办件单号：<code>{GUIDE_CASE_NUMBER}</code><br>"
            f"本次的办件单号：<code>{GUIDE_CASE_NUMBER}</code>（一致）") in guide
    assert "模拟时钟为 2022-06-11 09:30（北京时间）" in guide


def test_the_guide_day_is_refused_for_a_portal_elsewhere_with_the_reason(tmp_path):
    result = run_demo("--guide-day", "--base-url", "http://127.0.0.1:9", "--output",
                      str(tmp_path))

    assert result.returncode == 2
    assert result.stderr == (
        "demo: --guide-day cannot walk the portal at http://127.0.0.1:9: it needs the control "
        "API of the portal the demo starts itself, to freeze the clock on 2022-06-11 and make "
        "that day's two earlier declarations. Leave out --base-url (and the config's "
        "base_url).\n")
    assert not (tmp_path / "index.html").exists()
