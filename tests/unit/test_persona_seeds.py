"""Personas and the run's seed: pytest-randomly reseeds the global `random` and Faker's shared
generator alike before every test, so personas must come from a seed of their own."""

from __future__ import annotations

import random

from faker.generator import random as faker_shared_random

from fixtures.personas import persona_seed_of
from support.personas import PersonaBuilder


class RunConfig:
    """A pytest config as far as persona_seed_of reads it: pytest-randomly's option."""

    def __init__(self, **options) -> None:
        self.options = options

    def getoption(self, name, default=None):
        return self.options.get(name, default)


def reseed_globally(seed: int) -> None:
    """What pytest-randomly does before each test."""
    random.seed(seed)
    faker_shared_random.setstate(random.getstate())


def test_two_tests_under_the_same_global_seed_get_different_personas():
    reseed_globally(42)
    one = PersonaBuilder("7/e2e/test_form.py::test_one").persona()
    reseed_globally(42)
    two = PersonaBuilder("7/e2e/test_form.py::test_two").persona()

    assert (one.id_number, one.phone, one.username) != (two.id_number, two.phone, two.username)
    assert one.id_number != two.id_number
    assert one.phone != two.phone
    assert one.username != two.username


def test_a_persona_does_not_follow_the_global_seed():
    reseed_globally(1)
    first = PersonaBuilder("7/e2e/test_form.py::test_one").persona()
    reseed_globally(2)

    again = PersonaBuilder("7/e2e/test_form.py::test_one").persona()

    assert again == first


def test_the_persona_seed_is_the_run_seed_and_the_node_id():
    assert persona_seed_of(RunConfig(randomly_seed=3349799904), "e2e/test_form.py::test_a") == (
        "3349799904/e2e/test_form.py::test_a")


def test_without_pytest_randomly_the_persona_seed_is_the_node_id():
    assert persona_seed_of(RunConfig(), "e2e/test_form.py::test_a") == "e2e/test_form.py::test_a"
    assert persona_seed_of(RunConfig(randomly_seed="default"), "e2e/test_form.py::test_a") == (
        "e2e/test_form.py::test_a")
