"""`python -m scripts.mutation`, end to end on one cheap defect: a baseline, a portal started with
the defect, the area's tests first, the test that caught it in the table and the JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: A guard against a hung run, in seconds; never a speed limit.
HANG_GUARD = 600


def test_mutation_names_the_test_that_caught_a_defect(tmp_path):
    report = tmp_path / "mutation.json"

    run = subprocess.run(
        [sys.executable, "-m", "scripts.mutation", "ONLY=captcha-not-checked",
         "--paths", "tests/app/test_identity_login.py", "--json", str(report)],
        cwd=ROOT, capture_output=True, text=True, timeout=HANG_GUARD)

    caught_by = ("tests/app/test_identity_login.py::"
                 "test_login_form_says_the_first_thing_wrong[wrong-captcha]")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "kill rate: 1/1 (100%)" in run.stdout
    written = json.loads(report.read_text(encoding="utf-8"))
    assert (written["killed"], written["total"]) == (1, 1)
    assert [(row["defect"], row["area"], row["caught_by"], row["status"])
            for row in written["defects"]] == [
        ("captcha-not-checked", "identity", caught_by, "caught")]


def test_mutation_refuses_an_unknown_defect_and_runs_nothing(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "scripts.mutation", "ONLY=no-such-defect",
         "--json", str(tmp_path / "mutation.json")],
        cwd=ROOT, capture_output=True, text=True, timeout=HANG_GUARD)

    assert run.returncode == 2
    assert run.stderr.startswith("mutation: unknown defect no-such-defect; known: ")
    assert not (tmp_path / "mutation.json").exists()
