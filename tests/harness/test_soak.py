"""`python -m scripts.soak` on a tiny suite: one pytest run per seed, random order, retries 0,
a JUnit file per run, and the verdict in the exit status."""

from __future__ import annotations

import sys

import pytest

from scripts.soak import pytest_command

#: One test whose outcome follows the run's seed, as an order-dependent test follows the order.
SEED_DEPENDENT = """
def test_even_seeds_only(request):
    assert request.config.getoption("randomly_seed") % 2 == 0


def test_always():
    pass
"""


def soak(inner, *args: str):
    return inner.pytester.run(sys.executable, "-m", "scripts.soak", "--workers", "0", *args,
                              timeout=300)


def test_each_run_has_its_seed_no_retries_and_its_own_files(tmp_path):
    command = pytest_command(17, tmp_path / "run-2.xml", tmp_path / "run-2", "auto", ["-k", "x"])

    assert command[1:] == ["-m", "pytest", "-n", "auto", "-p", "randomly", "--randomly-seed=17",
                           "--reruns", "0", f"--junitxml={tmp_path / 'run-2.xml'}",
                           "--output", str(tmp_path / "run-2"), "-k", "x"]


@pytest.mark.slow
def test_a_test_that_fails_under_one_seed_only_is_reported_flaky_with_that_seed(inner):
    inner.write_tests(SEED_DEPENDENT)

    result = soak(inner, "--seeds", "2,3,4", "--", "-p", "no:cacheprovider")

    assert result.ret == 1
    assert sorted(p.name for p in (inner.path / "reports/soak").iterdir()) == [
        "run-1.xml", "run-2.xml", "run-3.xml"]
    result.stdout.fnmatch_lines([
        "soak: run 1 of 3, seed 2: *--randomly-seed=2 --reruns 0*",
        "flake rate: 1 of 2 tests (50.00%) passed in some of the 3 runs and failed in others",
        "  test_inner::test_even_seeds_only: failed in run 2 (seed 3)",
        "soak: NOT clean: 1 flaky, 0 failing, 0 broken run(s) in 3 runs"])


@pytest.mark.slow
def test_runs_where_every_test_passed_exit_zero(inner):
    inner.write_tests(SEED_DEPENDENT)

    result = soak(inner, "--seeds", "2,4", "--", "-p", "no:cacheprovider")

    assert result.ret == 0
    result.stdout.fnmatch_lines(["soak: clean: 0 flaky, 0 failing, 0 broken run(s) in 2 runs"])
