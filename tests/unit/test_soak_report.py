"""support/soak_report.py: N runs' JUnit files read together, flaky and failing tests told apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.soak_report import SoakRun, format_summary, outcomes_of, summarise

PASS = '<testcase classname="{c}" name="{n}" time="0.1"/>'
FAIL = '<testcase classname="{c}" name="{n}" time="0.1"><failure message="boom">x</failure></testcase>'
ERROR = '<testcase classname="{c}" name="{n}" time="0.1"><error message="setup">x</error></testcase>'
SKIP = '<testcase classname="{c}" name="{n}" time="0.1"><skipped message="no firefox"/></testcase>'


def junit(path: Path, *cases: tuple[str, str, str]) -> Path:
    """A JUnit file as pytest writes one: (template, classname, name) per test case."""
    body = "".join(template.format(c=c, n=n) for template, c, n in cases)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite '
                    f'name="bjgov-e2e" tests="{len(cases)}">{body}</testsuite></testsuites>',
                    encoding="utf-8")
    return path


def run(tmp_path: Path, number: int, seed: int, *cases, exit_status: int | None = None):
    failed = any(template in (FAIL, ERROR) for template, _, _ in cases)
    status = exit_status if exit_status is not None else int(failed)
    return SoakRun(number, seed, status, junit(tmp_path / f"run-{number}.xml", *cases))


def test_each_test_case_gets_its_outcome_by_classname_and_name(tmp_path):
    path = junit(tmp_path / "run.xml", (PASS, "e2e.test_search", "test_a"),
                 (FAIL, "e2e.test_search", "test_b[x]"), (ERROR, "tests.app.test_auth", "test_c"),
                 (SKIP, "e2e.test_form", "test_d"))

    outcomes = outcomes_of(path)

    assert outcomes == {"e2e.test_search::test_a": "passed",
                        "e2e.test_search::test_b[x]": "failed",
                        "tests.app.test_auth::test_c": "error",
                        "e2e.test_form::test_d": "skipped"}


def test_a_test_named_twice_keeps_its_worst_outcome(tmp_path):
    path = junit(tmp_path / "run.xml", (PASS, "e2e.test_faults", "test_a"),
                 (ERROR, "e2e.test_faults", "test_a"))

    assert outcomes_of(path) == {"e2e.test_faults::test_a": "error"}


def test_a_test_that_passed_in_one_run_and_failed_in_another_is_flaky(tmp_path):
    runs = [run(tmp_path, 1, 11, (PASS, "e2e.m", "test_a"), (PASS, "e2e.m", "test_b")),
            run(tmp_path, 2, 22, (FAIL, "e2e.m", "test_a"), (PASS, "e2e.m", "test_b")),
            run(tmp_path, 3, 33, (ERROR, "e2e.m", "test_a"), (PASS, "e2e.m", "test_b"))]

    summary = summarise(runs)

    assert {t: [r.seed for r in rs] for t, rs in summary.flaky.items()} == {
        "e2e.m::test_a": [22, 33]}
    assert summary.failing == {}
    assert summary.flake_rate == 0.5
    assert not summary.clean


def test_a_test_that_failed_in_every_run_is_failing_not_flaky(tmp_path):
    runs = [run(tmp_path, 1, 11, (FAIL, "e2e.m", "test_a"), (PASS, "e2e.m", "test_b")),
            run(tmp_path, 2, 22, (FAIL, "e2e.m", "test_a"), (PASS, "e2e.m", "test_b"))]

    summary = summarise(runs)

    assert summary.flaky == {}
    assert list(summary.failing) == ["e2e.m::test_a"]
    assert summary.flake_rate == 0.0
    assert not summary.clean


def test_skips_count_neither_as_passes_nor_as_failures(tmp_path):
    runs = [run(tmp_path, 1, 11, (SKIP, "e2e.m", "test_a"), (PASS, "e2e.m", "test_b")),
            run(tmp_path, 2, 22, (SKIP, "e2e.m", "test_a"), (PASS, "e2e.m", "test_b"))]

    summary = summarise(runs)

    assert summary.clean
    assert summary.tests_run == 1


def test_runs_that_all_passed_are_clean(tmp_path):
    runs = [run(tmp_path, n, n * 11, (PASS, "e2e.m", "test_a")) for n in (1, 2, 3)]

    summary = summarise(runs)

    assert summary.clean
    assert format_summary(summary).splitlines()[-1] == (
        "soak: clean: 0 flaky, 0 failing, 0 broken run(s) in 3 runs")


@pytest.mark.parametrize(("exit_status", "cases"), [
    (2, [(PASS, "e2e.m", "test_a")]),  # interrupted after some tests
    (1, [(PASS, "e2e.m", "test_a")]),  # failed, yet no test says so (a session error)
    (5, []),  # no tests collected
], ids=["interrupted", "failed-without-a-failed-test", "no-tests"])
def test_a_run_without_a_verdict_on_its_tests_is_broken(tmp_path, exit_status, cases):
    runs = [run(tmp_path, 1, 11, *cases, exit_status=exit_status)]

    summary = summarise(runs)

    assert [r.run.number for r in summary.broken_runs] == [1]
    assert not summary.clean


def test_a_run_without_its_junit_file_is_broken_and_named(tmp_path):
    runs = [run(tmp_path, 1, 11, (PASS, "e2e.m", "test_a")),
            SoakRun(2, 22, 2, tmp_path / "run-2.xml")]

    report = format_summary(summarise(runs))

    assert f"run 2 (seed 22) gave no verdict: no JUnit file {tmp_path / 'run-2.xml'}" in report


def test_an_unreadable_junit_file_is_a_broken_run(tmp_path):
    (tmp_path / "run-1.xml").write_text("<testsuites><testsuite>", encoding="utf-8")

    summary = summarise([SoakRun(1, 11, 1, tmp_path / "run-1.xml")])

    assert summary.broken_runs[0].unreadable.startswith("unreadable JUnit file")


def test_the_report_gives_each_runs_seed_and_counts_and_the_flaky_tests_seeds(tmp_path):
    runs = [run(tmp_path, 1, 3349799904, (PASS, "e2e.m", "test_a"), (SKIP, "e2e.m", "test_s")),
            run(tmp_path, 2, 17, (FAIL, "e2e.m", "test_a"), (SKIP, "e2e.m", "test_s"))]

    report = format_summary(summarise(runs)).splitlines()

    assert report == [
        "run        seed  tests  passed  failed  errors  skipped  exit",
        "  1  3349799904      2       1       0       0        1  0",
        "  2          17      2       0       1       0        1  1",
        "flake rate: 1 of 1 tests (100.00%) passed in some of the 2 runs and failed in others",
        'flaky tests (rerun one: make test PYTEST_ARGS="--randomly-seed=SEED"):',
        "  e2e.m::test_a: failed in run 2 (seed 17)",
        "soak: NOT clean: 1 flaky, 0 failing, 0 broken run(s) in 2 runs",
    ]
