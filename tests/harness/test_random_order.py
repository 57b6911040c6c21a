"""Random order (pytest-randomly): each test of a run meets personas of its own whatever the
global seed, the run's seed gives the same people again, and a test that leaves the worker's
portal changed fails itself instead of the tests after it."""

from __future__ import annotations

import json

import pytest

PERSONAS = """
import json
from pathlib import Path


def record(persona, name):
    Path(f"persona-{name}.json").write_text(json.dumps(persona.as_fields()))


def test_one(persona):
    record(persona, "one")


def test_two(persona):
    record(persona, "two")
"""

LEAVES_THE_CLOCK_FROZEN = """
import pytest


@pytest.mark.portal_wide("clock")
def test_leaves_the_clock_frozen(admin):
    admin.set_clock("2025-09-01T10:00:00+08:00", frozen=True)


def test_finds_the_portal_as_it_started(admin):
    assert admin.clock()["real"]
"""


def personas_of(inner, seed: int) -> dict[str, dict]:
    """The personas test_one and test_two were given in one inner run under `seed` (in process:
    the personas come from the run's seed, nothing of the process)."""
    for old in inner.path.glob("persona-*.json"):
        old.unlink()
    result = inner.run_in_process("-p", "randomly", f"--randomly-seed={seed}")
    result.assert_outcomes(passed=2)
    return {p.stem.removeprefix("persona-"): json.loads(p.read_text())
            for p in inner.path.glob("persona-*.json")}


@pytest.mark.slow
def test_each_test_of_a_run_gets_its_own_personas_the_run_seed_the_same_again_another_seed_others(
        inner):
    # One test over three runs: the first run also shows two tests' personas apart.
    inner.write_tests(PERSONAS)
    first = personas_of(inner, 7)

    again = personas_of(inner, 7)
    other = personas_of(inner, 8)

    for field in ("id_number", "phone", "username", "name"):
        assert first["one"][field] != first["two"][field], field
    assert again == first
    assert other["one"]["id_number"] != first["one"]["id_number"]
    assert other["two"]["id_number"] != first["two"]["id_number"]


@pytest.mark.slow
def test_a_test_that_leaves_the_clock_frozen_errors_and_the_next_finds_real_time(inner):
    inner.write_tests(LEAVES_THE_CLOCK_FROZEN)

    result = inner.run_in_process("-p", "no:randomly")

    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines([
        "*ERROR at teardown of test_leaves_the_clock_frozen*",
        "*the test left the worker's portal changed: the clock frozen at "
        "2025-09-01T10:00:00+08:00*"])
