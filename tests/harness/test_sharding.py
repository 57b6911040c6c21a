"""Shards (pytest-split, `make test SPLITS=N GROUP=I`): the groups are disjoint and together are the
whole suite — our own suite by collection, and an inner suite run on xdist workers with tests
missing from its durations file — with random order on and each shard its own seed
(fixtures/sharding.py); within a shard the seed still decides the order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DURATIONS = ROOT / ".test_durations"
#: A guard against a hung collection, in seconds; never a speed limit.
HANG_GUARD = 300

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


def environment(**extra: str) -> dict[str, str]:
    """This process's environment for an inner pytest, not as an xdist worker of the outer run."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTEST_XDIST", "PYTEST_ADDOPTS"))}
    return {**env, **extra}


def run_at_once(commands: list[list[str]], cwd: Path, envs: list[dict]) -> list[str]:
    """Runs the commands side by side (the shards of one run); their outputs, each checked."""
    processes = [subprocess.Popen(command, cwd=cwd, env=env, text=True, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT)
                 for command, env in zip(commands, envs, strict=True)]
    outputs = [process.communicate(timeout=HANG_GUARD)[0] for process in processes]
    for process, output in zip(processes, outputs, strict=True):
        assert process.returncode == 0, output
    return outputs


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


@pytest.mark.slow
def test_four_shards_of_our_suite_are_disjoint_and_together_the_whole_suite():
    collect = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
               "--durations-path", str(DURATIONS)]
    # Each shard its own seed, as separate machines would have.
    commands = [collect] + [[*collect, "-p", "randomly", f"--randomly-seed={group}",
                             "--splits", "4", "--group", str(group)] for group in (1, 2, 3, 4)]

    outputs = run_at_once(commands, ROOT, [environment()] * 5)

    whole, *groups = [[line for line in output.splitlines() if "::" in line]
                      for output in outputs]
    assert any(test.endswith("[mobile-chromium]") for test in whole)
    assert_a_partition(groups, len(whole))
    assert sorted(test for group in groups for test in group) == sorted(whole)


def test_shards_on_xdist_workers_run_each_test_once_also_those_without_durations(inner):
    inner.write_tests(INNER_SUITE)
    whole = ([f"test_inner.py::test_numbered[{n}]" for n in range(14)]
             + [f"test_inner.py::test_worded[{w}]" for w in ("haidian", "chaoyang", "dongcheng")]
             + ["test_inner.py::test_alone", "test_inner.py::TestGrouped::test_one",
                "test_inner.py::TestGrouped::test_two"])
    # Durations for every other test only, very unequal; the rest are new tests.
    (inner.path / ".test_durations").write_text(json.dumps(
        {test: 0.1 * i ** 2 for i, test in enumerate(whole) if i % 2}), encoding="utf-8")
    ran = [inner.path / f"ran-{group}" for group in (1, 2, 3)]
    for folder in ran:
        folder.mkdir()

    run_at_once([[sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "2",
                  "-p", "randomly", f"--randomly-seed={100 + group}",
                  "--splits", "3", "--group", str(group)] for group in (1, 2, 3)],
                inner.path, [environment(RAN_DIR=str(folder)) for folder in ran])

    groups = [[path.read_text(encoding="utf-8") for path in folder.iterdir()] for folder in ran]
    assert_a_partition(groups, len(whole))
    assert sorted(test for group in groups for test in group) == sorted(whole)



def collected(result: pytest.RunResult) -> list[str]:
    """The node ids an inner `--collect-only -q` run lists, in its order."""
    return [line for line in result.outlines if "::" in line]


def test_a_shard_is_the_same_tests_whatever_its_seed_and_the_seed_orders_them(inner):
    inner.write_tests(INNER_SUITE)
    shard = ("--collect-only", "-q", "--splits", "2", "--group", "1")
    in_file_order = collected(inner.run("-p", "no:randomly", *shard))

    orders = [collected(inner.run("-p", "randomly", f"--randomly-seed={seed}", *shard))
              for seed in (1, 2, 3)]

    assert 0 < len(in_file_order) < 20
    assert all(sorted(order) == sorted(in_file_order) for order in orders)
    assert any(order != in_file_order for order in orders), "the seed does not order the shard"
    assert len({tuple(order) for order in orders}) > 1, "each seed does not order it its own way"
