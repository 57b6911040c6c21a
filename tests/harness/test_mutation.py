"""`python -m scripts.mutation`, end to end on one defect over a small synthetic suite: a
baseline, a portal started with the defect, the suite run with MOCK_PORTAL_DEFECTS set, the area's
tests first, the test that caught it in the table and the JSON. That the portals the harness and
the app tier start take the defect from the environment is held in test_portal.py and by `make
mutation` itself; here the suite reads the variable directly, so no portal of its own is needed."""

from __future__ import annotations

import json
import sys

from .inner import COMMON_ARGS

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


def mutation(project, *args: str):
    """The script from the project's folder; its pytest runs without the plugins no suite here
    needs (Hypothesis's, Faker's) start faster."""
    return project.run_command([sys.executable, "-m", "scripts.mutation", *args],
                               env={"PYTEST_ADDOPTS": " ".join(COMMON_ARGS)})


def test_mutation_names_the_test_that_caught_a_defect(make_inner):
    project = make_inner("mutation", harness=False)
    project.write_tests(SUITE)
    report = project.path / "mutation.json"

    # Two tests need no xdist workers, whose start would cost more than the baseline itself.
    run = mutation(project, "ONLY=captcha-not-checked", "--paths", str(project.path),
                   "--json", str(report), "--baseline-workers", "0")

    caught_by = "test_inner.py::test_in_the_area"
    assert run.ret == 0, run.stdout.str() + run.stderr.str()
    run.stdout.fnmatch_lines(["baseline: * with no defect …", "kill rate: 1/1 (100%)"])
    written = json.loads(report.read_text(encoding="utf-8"))
    assert (written["killed"], written["total"]) == (1, 1)
    assert [(row["defect"], row["area"], row["caught_by"], row["status"])
            for row in written["defects"]] == [
        ("captcha-not-checked", "identity", caught_by, "caught")]


def test_mutation_refuses_an_unknown_defect_and_runs_nothing(make_inner):
    project = make_inner("unknown", harness=False)

    run = mutation(project, "ONLY=no-such-defect", "--json", str(project.path / "mutation.json"))

    assert run.ret == 2
    assert run.stderr.str().startswith("mutation: unknown defect no-such-defect; known: ")
    assert not (project.path / "mutation.json").exists()
