"""Shards (pytest-split, `make test SPLITS=N GROUP=I`): the groups are disjoint and together are the
whole suite — a suite of browser tests in several projects by collection, and one run on xdist
workers with tests missing from its durations file — with random order on and each shard its own
seed (fixtures/sharding.py); within a shard the seed still decides the order. The suites are
small synthetic ones: what is proven is the cut, not the size of what is cut."""

from __future__ import annotations

import json

from .inner import ROOT, collected

DURATIONS = ROOT / ".test_durations"

#: Tests that each leave a file named after their node id in $RAN_DIR (one per shard).
INNER_SUITE = """
import hashlib
import os
from pathlib import Path

import pytest


def leave_a_trace(request):
    name = hashlib.sha1(request.node.nodeid.encode()).hexdigest()
    Path(os.environ["RAN_DIR"], name).write_text(request.node.nodeid, encoding="utf-8")


@pytest.mark.parametrize("n", range(14))
def test_numbered(request, n):
    leave_a_trace(request)


@pytest.mark.parametrize("word", ["haidian", "chaoyang", "dongcheng"])
def test_worded(request, word):
    leave_a_trace(request)


def test_alone(request):
    leave_a_trace(request)


class TestGrouped:
    def test_one(self, request):
        leave_a_trace(request)

    def test_two(self, request):
        leave_a_trace(request)
"""
#: Browser tests, one marked for the phone: each runs once per project of the run, its id
#: naming the project (fixtures/projects.py), as most of our e2e tests do.
BROWSER_TESTS = """
import pytest


@pytest.mark.mobile
def test_at_any_width(page):
    pass


@pytest.mark.parametrize("step", range(6))
def test_at_a_desks_width(page, step):
    pass
"""


def assert_a_partition(groups: list[list[str]], whole: int) -> None:
    """As many tests in the groups as in the whole, none twice, no group empty."""
    every = [test for group in groups for test in group]
    assert len(every) == len(set(every)), "a test is in two groups"
    assert len(every) == whole
    assert all(groups), "an empty group"


def test_the_durations_file_is_kept_in_the_repository_and_names_our_tests():
    durations = json.loads(DURATIONS.read_text(encoding="utf-8"))

    assert durations, "make durations writes it"
    assert all("::" in test and seconds >= 0 for test, seconds in durations.items())
    assert any(test.endswith("[mobile-chromium]") for test in durations)


def test_four_shards_of_a_suite_with_projects_are_disjoint_and_together_the_whole_suite(inner):
    inner.write_tests(INNER_SUITE)
    inner.write_tests(BROWSER_TESTS, name="test_pages")
    whole = collected(inner.run_in_process("--collect-only", "-q", "-p", "no:randomly"))
    # Durations for the tests of one project only, very unequal; the others count as average.
    (inner.path / ".test_durations").write_text(json.dumps(
        {test: 0.1 * i ** 2 for i, test in enumerate(whole) if "desktop" in test}),
        encoding="utf-8")

    # Each shard its own seed, as separate machines would have.
    groups = [collected(inner.run_in_process("--collect-only", "-q", "-p", "randomly",
                                             f"--randomly-seed={group}", "--splits", "4",
                                             "--group", str(group)))
              for group in (1, 2, 3, 4)]

    assert any(test.endswith("[mobile-chromium]") for test in whole)
    assert_a_partition(groups, len(whole))
    assert sorted(test for group in groups for test in group) == sorted(whole)


def test_a_shard_on_xdist_workers_runs_each_of_its_tests_once_also_those_without_durations(
        inner, monkeypatch):
    inner.write_tests(INNER_SUITE)
    shard = ("--splits", "2", "--group", "2")
    whole = collected(inner.run_in_process("--collect-only", "-q", "-p", "no:randomly"))
    # Durations for every other test only, very unequal; the rest are new tests.
    (inner.path / ".test_durations").write_text(json.dumps(
        {test: 0.1 * i ** 2 for i, test in enumerate(whole) if i % 2}), encoding="utf-8")
    first = collected(inner.run_in_process("--collect-only", "-q", "-p", "randomly",
                                           "--randomly-seed=1", "--splits", "2", "--group", "1"))
    expected = collected(inner.run_in_process("--collect-only", "-q", "-p", "randomly",
                                              "--randomly-seed=2", *shard))
    ran = inner.path / "ran"
    ran.mkdir()

    # Each xdist worker collects and cuts the shard itself; they must agree, and share it out.
    # The controller in this process: its workers are processes of their own.
    monkeypatch.setenv("RAN_DIR", str(ran))
    run = inner.run_in_process("-n", "2", "-p", "randomly", "--randomly-seed=102", *shard)

    assert run.ret == 0, run.stdout.str() + run.stderr.str()

    tests = [path.read_text(encoding="utf-8") for path in ran.iterdir()]
    assert sorted(tests) == sorted(expected)
    assert_a_partition([first, tests], len(whole))


def test_a_shard_is_the_same_tests_whatever_its_seed_and_the_seed_orders_them(inner):
    inner.write_tests(INNER_SUITE)
    shard = ("--collect-only", "-q", "--splits", "2", "--group", "1")
    in_file_order = collected(inner.run_in_process("-p", "no:randomly", *shard))

    orders = [collected(inner.run_in_process("-p", "randomly", f"--randomly-seed={seed}", *shard))
              for seed in (1, 2, 3)]

    assert 0 < len(in_file_order) < 20
    assert all(sorted(order) == sorted(in_file_order) for order in orders)
    assert any(order != in_file_order for order in orders), "the seed does not order the shard"
    assert len({tuple(order) for order in orders}) > 1, "each seed does not order it its own way"
