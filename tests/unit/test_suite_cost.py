"""`make suite-cost`: the per-tier section of BENCHMARKS.md (scripts/suite_cost.py)."""

from __future__ import annotations

from benchmarks import report
from scripts import suite_cost
from support.tier_cost import TierCost

JUNIT = ('<testsuites><testsuite name="s" tests="3" time="9.0">'
         '<testcase classname="tests.unit.test_a" name="t1" time="0.5"/>'
         '<testcase classname="e2e.test_b" name="t2" time="4.0"/>'
         '<testcase classname="e2e.test_b" name="t3" time="2.0"/>'
         "</testsuite></testsuites>")


def run(tmp_path, benchmarks_text: str | None) -> str:
    junit, output = tmp_path / "junit.xml", tmp_path / "BENCHMARKS.md"
    junit.write_text(JUNIT, encoding="utf-8")
    if benchmarks_text is not None:
        output.write_text(benchmarks_text, encoding="utf-8")
    assert suite_cost.main(["--junit", str(junit), "--output", str(output)]) == 0
    return output.read_text(encoding="utf-8")


def test_a_junit_file_gives_the_tiers_and_the_wall(tmp_path):
    junit = tmp_path / "junit.xml"
    junit.write_text(JUNIT, encoding="utf-8")

    costs, wall = suite_cost.from_junit(junit)

    assert costs == [TierCost("unit", 1, 0.5), TierCost("e2e", 2, 6.0)]
    assert wall == 9.0


def test_a_file_that_is_not_junit_is_named(tmp_path, capsys):
    junit = tmp_path / "junit.xml"
    junit.write_text("<html/>", encoding="utf-8")

    status = suite_cost.main(["--junit", str(junit), "--output", str(tmp_path / "B.md")])

    assert status == 2
    assert capsys.readouterr().err.startswith(f"suite-cost: {junit}: not JUnit XML")


def test_a_section_reads_back_as_written():
    costs = [TierCost("unit", 2, 1.0), TierCost("e2e", 3, 6.0)]

    section = suite_cost.render(costs, 4.0, "today", None)

    assert suite_cost.read_section(section) == (costs, "today", 4.0)


def test_the_section_is_added_after_the_figures_and_has_no_before(tmp_path):
    text = run(tmp_path, "# Benchmarks\n\n## Figures\n\nfigures\n")

    assert text.startswith("# Benchmarks\n\n## Figures\n\nfigures\n\n## Suite cost per tier")
    assert "| e2e | 2 | 6.0 s | 3.000 s | — | — | — |" in text
    assert "| all | 3 | 6.5 s | 2.167 s | — | — | — |" in text
    assert "Before: no earlier figures." in text


def test_the_previous_figures_become_the_before_columns(tmp_path):
    earlier = suite_cost.render([TierCost("unit", 4, 2.0), TierCost("harness", 1, 9.0)], 20.0,
                                "yesterday", None)

    text = run(tmp_path, "# Benchmarks\n\n" + earlier)

    assert text.count(suite_cost.HEADING) == 1
    assert "| unit | 1 | 0.5 s | 0.500 s | 4 | 2.0 s | 0.500 s |" in text
    assert "| harness | — | — | — | 1 | 9.0 s | 9.000 s |" in text
    assert "| all | 3 | 6.5 s | 2.167 s | 5 | 11.0 s | 2.200 s |" in text
    assert "Before: measured on yesterday: 5 tests in 20 s of pytest." in text


def test_without_a_junit_file_it_says_what_to_run(tmp_path, capsys):
    status = suite_cost.main(["--junit", str(tmp_path / "none.xml"),
                              "--output", str(tmp_path / "BENCHMARKS.md")])

    assert status == 2
    assert "run `make test` first" in capsys.readouterr().err
    assert not (tmp_path / "BENCHMARKS.md").exists()


def test_make_bench_keeps_the_section(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    section = suite_cost.render([TierCost("unit", 1, 1.0)], 1.0, "today", None)
    path.write_text("# Benchmarks\n\nold figures\n\n" + section, encoding="utf-8")

    report.write(path, [("cores", "2")], [], "settings", "now")

    text = path.read_text(encoding="utf-8")
    assert "old figures" not in text
    assert text.endswith("\n\n" + section)
