"""`python -m scripts.mutation`, end to end on one defect over a small synthetic suite: a
baseline, a portal started with the defect, the suite run with MOCK_PORTAL_DEFECTS set, the area's
tests first, the test that caught it in the table and the JSON. That the portals the harness and
the app tier start take the defect from the environment is held in test_portal.py and by `make
mutation` itself; here the suite reads the variable directly, so no portal of its own is needed."""

from __future__ import annotations

import json

import pytest

from scripts import mutation as script

from .inner import COMMON_ARGS, OUTER_RUN_VARIABLES

#: Two tests that see any defect; file order puts the one outside the defect's area first, so
#: only a run of the area's tests first names the other.
SUITE = """
import os

import pytest


def test_outside_the_area():
    assert os.environ.get("MOCK_PORTAL_DEFECTS", "") == ""


@pytest.mark.identity
def test_in_the_area():
    assert os.environ.get("MOCK_PORTAL_DEFECTS", "") == ""
"""


@pytest.fixture
def mutation(monkeypatch, capsys):
    """The script's main in this process (its portals and pytest runs are processes of their
    own, which inherit neither our run's variables nor the plugins no suite here needs:
    Hypothesis's, Faker's, which start slowly): (exit code, stdout, stderr)."""
    for name in OUTER_RUN_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PYTEST_ADDOPTS", " ".join(COMMON_ARGS))

    def run(*args: str) -> tuple[int, str, str]:
        returned = script.main(list(args))
        out, err = capsys.readouterr()
        return returned, out, err
    return run


def test_mutation_names_the_test_that_caught_a_defect(make_inner, mutation):
    project = make_inner("mutation", harness=False)
    project.write_tests(SUITE)
    # The script runs pytest from the repository; without a configuration file of its own the
    # inner suite's root would be the common ancestor of both folders (/tmp for a clone there),
    # and its test ids would change with where the clone lies.
    (project.path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    report = project.path / "mutation.json"

    # Two tests need no xdist workers, whose start would cost more than the baseline itself.
    returned, out, err = mutation("ONLY=captcha-not-checked", "--paths", str(project.path),
                                  "--json", str(report), "--baseline-workers", "0")

    caught_by = "test_inner.py::test_in_the_area"
    assert returned == 0, out + err
    assert out.startswith(f"baseline: {project.path} with no defect …\n")
    assert "\nkill rate: 1/1 (100%)\n" in out
    written = json.loads(report.read_text(encoding="utf-8"))
    assert (written["killed"], written["total"]) == (1, 1)
    assert [(row["defect"], row["area"], row["caught_by"], row["status"])
            for row in written["defects"]] == [
        ("captcha-not-checked", "identity", caught_by, "caught")]


def test_mutation_refuses_an_unknown_defect_and_runs_nothing(make_inner, mutation):
    project = make_inner("unknown", harness=False)

    returned, _, err = mutation("ONLY=no-such-defect", "--json", str(project.path / "mutation.json"))

    assert returned == 2
    assert err.startswith("mutation: unknown defect no-such-defect; known: ")
    assert not (project.path / "mutation.json").exists()
