"""`python -m scripts.soak` on a tiny suite: one pytest run per seed, random order, retries 0,
a JUnit file per run, and the verdict in the exit status. The suite needs none of the harness's
plugins (the soak runs pytest as it is), so its runs start without them."""

from __future__ import annotations

import sys

import pytest

from scripts.soak import pytest_command

from .inner import COMMON_ARGS

#: One test whose outcome follows the run's seed, as an order-dependent test follows the order.
SEED_DEPENDENT = """
def test_even_seeds_only(request):
    assert request.config.getoption("randomly_seed") % 2 == 0


def test_always():
    pass
"""


@pytest.fixture
def bare(make_inner):
    """A project of the suite alone: no conftest.py, no config."""
    project = make_inner("soak", harness=False)
    project.write_tests(SEED_DEPENDENT)
    return project


def soak(project, seeds: str):
    """The soak over `seeds`, one worker each run."""
    return project.run_command([sys.executable, "-m", "scripts.soak", "--workers", "0",
                                "--seeds", seeds, "--", *COMMON_ARGS])


def test_each_run_has_its_seed_no_retries_and_its_own_files(tmp_path):
    command = pytest_command(17, tmp_path / "run-2.xml", tmp_path / "run-2", "auto", ["-k", "x"])

    assert command[1:] == ["-m", "pytest", "-n", "auto", "-p", "randomly", "--randomly-seed=17",
                           "--reruns", "0", f"--junitxml={tmp_path / 'run-2.xml'}",
                           "--output", str(tmp_path / "run-2"), "-k", "x"]


def test_a_test_that_fails_under_one_seed_only_is_reported_flaky_with_that_seed(bare):
    result = soak(bare, "2,3")

    assert result.ret == 1
    assert sorted(p.name for p in (bare.path / "reports/soak").iterdir()) == [
        "run-1.xml", "run-2.xml"]
    result.stdout.fnmatch_lines([
        "soak: run 1 of 2, seed 2: *--randomly-seed=2 --reruns 0*",
        "flake rate: 1 of 2 tests (50.00%) passed in some of the 2 runs and failed in others",
        "  test_inner::test_even_seeds_only: failed in run 2 (seed 3)",
        "soak: NOT clean: 1 flaky, 0 failing, 0 broken run(s) in 2 runs"])


def test_runs_where_every_test_passed_exit_zero(bare):
    result = soak(bare, "4")

    assert result.ret == 0
    result.stdout.fnmatch_lines(["soak: clean: 0 flaky, 0 failing, 0 broken run(s) in 1 runs"])
