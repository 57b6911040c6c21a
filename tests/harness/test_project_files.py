"""The Makefile, the example CI workflow and .gitignore keep their promises."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from support.run_settings import load

ROOT = Path(__file__).resolve().parents[2]


def _step(workflow: str, name: str) -> str:
    """The text of the workflow step called `name`, up to the next step."""
    steps = re.split(r"\n(?=      - )", workflow)
    return next(step for step in steps if f"name: {name}" in step)


def test_make_help_lists_every_target():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = re.search(r"^\.PHONY:(.*)$", makefile, re.MULTILINE).group(1).split()
    targets = [target for target in phony if target != "help"]

    shown = subprocess.run(["make", "-s", "--no-print-directory", "help"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout

    listed = {line.split()[1] for line in shown.splitlines() if line.startswith("make ")}
    assert sorted(listed) == sorted(targets)


def test_the_workflow_runs_the_tests_when_the_demo_fails():
    workflow = (ROOT / ".github/workflows/e2e.yml").read_text(encoding="utf-8")

    tests = _step(workflow, "Run the tests")

    assert "run: make test" in tests
    assert "if: ${{ !cancelled() }}" in tests


def test_the_workflow_has_a_concurrency_group_per_branch():
    workflow = (ROOT / ".github/workflows/e2e.yml").read_text(encoding="utf-8")

    block = re.search(r"^concurrency:\n((?:  .*\n)+)", workflow, re.MULTILINE)

    assert block is not None
    assert "group: e2e-${{ github.workflow }}-${{ github.ref }}" in block.group(1)
    assert "cancel-in-progress: true" in block.group(1)


def test_recordings_are_not_committed():
    ignored = subprocess.run(["git", "check-ignore", "recordings/flow_test.py"], cwd=ROOT,
                             capture_output=True, text=True)

    assert ignored.returncode == 0, ignored.stderr


def test_the_soak_is_a_job_of_the_workflow_and_not_of_ci_run():
    workflow = (ROOT / ".github/workflows/e2e.yml").read_text(encoding="utf-8")

    soak = _step(workflow, "Soak the suite")

    assert "run: make soak N=5" in soak
    assert "soak" not in (ROOT / ".ci/run").read_text(encoding="utf-8")


def test_the_workflow_runs_four_shards_and_merges_their_junit_files():
    workflow = (ROOT / ".github/workflows/e2e.yml").read_text(encoding="utf-8")

    tests = _step(workflow, "Run the tests")
    merge = _step(workflow, "Merge the shards' JUnit files")

    assert "group: [1, 2, 3, 4]" in workflow
    assert "run: make test SPLITS=4 GROUP=${{ matrix.group }}" in tests
    assert "name: e2e-results-${{ matrix.group }}" in workflow
    assert ("run: python -m scripts.merge_junit --output reports/junit.xml "
            "shards/*/reports/junit.xml") in merge


def test_the_workflow_runs_the_journey_on_firefox_and_webkit():
    workflow = (ROOT / ".github/workflows/e2e.yml").read_text(encoding="utf-8")

    install = _step(workflow, "Install Playwright's Firefox and WebKit")
    journey = _step(workflow, "Run the journey on Firefox and WebKit")

    assert "playwright install --with-deps firefox webkit" in install
    assert ('run: make test PROJECT=desktop ENGINE="firefox webkit" '
            'PYTEST_ARGS="e2e/test_journey.py"' in journey)


def test_make_portal_runs_in_test_mode_with_the_captcha_the_harness_logs_in_with():
    dry_run = subprocess.run(["make", "-n", "-s", "--no-print-directory", "portal"],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout
    captcha = load(ROOT / "playwright.config.py").captcha

    command = next(line for line in dry_run.splitlines() if "-m mock_portal" in line)

    assert command.startswith(f"MOCK_PORTAL_CAPTCHA={captcha} ")
    assert "--test-mode" in command


def test_make_test_passes_each_project_engine_and_the_shard_to_pytest():
    dry_run = subprocess.run(["make", "-n", "-s", "--no-print-directory", "test",
                              "PROJECT=desktop mobile", "ENGINE=chromium firefox", "SPLITS=4",
                              "GROUP=2"],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout

    command = " ".join(dry_run.replace("\\\n", " ").split())

    assert ("--project desktop --project mobile --browser chromium --browser firefox "
            "--splits 4 --group 2" in command)
