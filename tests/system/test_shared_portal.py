"""A shared portal for a team: two suites at once against one portal started as `make portal`
starts it; each makes its own people, skips what would change the whole portal, and passes."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from support.portal_process import PortalProcess
from support.run_settings import load

ROOT = Path(__file__).resolve().parents[2]
#: A guard against a hung suite, in seconds; never a speed limit.
HANG_GUARD = 600
#: A small subset: one test that moves the clock (skipped there), a new person's empty 我的空间,
#: a registration of a new phone (a person built, not created, from the test's seed) and a
#: declaration whose test counts the person's cases — each fails if the suites met one person.
SUBSET = [
    "e2e/test_journey.py::test_the_guides_sample_step_by_step",
    "e2e/test_space.py::test_a_new_person_has_no_cases",
    "e2e/test_identity_registration.py::test_a_new_phone_registers_and_is_logged_in_on_the_portal",
    "e2e/test_double_submit.py::test_reloading_the_success_page_makes_no_new_case",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def team_portal(tmp_path_factory):
    """The portal as `make portal` runs it (test mode, the fixed captcha), on free ports."""
    web_server = load(ROOT / "playwright.config.py").web_server
    process = PortalProcess(replace(web_server, port=None, idp_port=None),
                            tmp_path_factory.mktemp("team") / "portal.log", cwd=ROOT)
    yield process.start()
    process.stop()


def suite(portal_url: str, output: Path) -> subprocess.Popen:
    """`pytest SUBSET --base-url portal_url` in its own process, as a second person would run
    it (one worker, artifacts in a folder of its own)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTEST_XDIST", "PYTEST_ADDOPTS", "PYTEST_TIMEOUT"))}
    env["COLUMNS"] = "400"  # skip reasons whole
    return subprocess.Popen(
        # One project: the journey is marked mobile and would run (and skip) twice.
        [sys.executable, "-m", "pytest", *SUBSET, "--base-url", portal_url, "-p", "no:randomly",
         "-p", "no:cacheprovider", "-n", "0", "-rs", "--output", str(output),
         "--project", "desktop-chromium"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_two_suites_at_once_against_one_portal_both_pass(team_portal, tmp_path):
    suites = [suite(team_portal.portal_url, tmp_path / name) for name in ("alice", "bob")]

    outputs = [each.communicate(timeout=HANG_GUARD)[0] for each in suites]

    for each, output in zip(suites, outputs, strict=True):
        assert each.returncode == 0, output
        assert "3 passed, 1 skipped" in output, output
        assert (f"changes the mock clock of the whole portal: skipped against the shared portal "
                f"{team_portal.portal_url} (--exclusive-portal runs it)") in output, output
