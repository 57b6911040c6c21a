"""A shared portal for a team: two suites at once against one portal started as `make portal`
starts it; each makes its own people, skips what would change the whole portal, and passes. The
suite is a small synthetic one over HTTP with the harness's plugins (personas, control API,
portal_wide): what two suites could meet on is the portal's people, not a browser."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from support.portal_process import PortalProcess
from support.run_settings import load
from tests.harness.inner import COMMON_ARGS, HANG_GUARD, InnerProject, inner_environment

ROOT = Path(__file__).resolve().parents[2]
#: One test that moves the clock (skipped there), a person built (not created) from the test's
#: seed and then taken, as a registration takes a new phone, a new person's empty 我的空间 and a
#: declaration whose test counts the person's cases: each fails if the suites met one person.
SUITE = """
import pytest

from support.personas import PersonaBuilder
from support.portal_user import PortalUser, case_number_from


@pytest.mark.portal_wide("clock")
def test_moves_the_clock(clock):
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)


def test_a_person_built_from_the_seed_is_nobody_yet(persona_seed, admin):
    newcomer = PersonaBuilder(persona_seed + "/newcomer").persona()

    admin.create_person(**newcomer.as_fields())


def test_a_new_person_has_no_cases(persona, admin):
    assert admin.cases(persona.id_number) == []


def test_a_declaration_is_the_persons_only_case(persona, admin, portal):
    user = PortalUser.over_http(portal, persona.phone)
    user.reach_confirmation("6000")

    number = case_number_from(user.submit(follow_redirects=False))

    assert [case["number"] for case in admin.cases(persona.id_number)] == [number]
"""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def team_portal(tmp_path_factory):
    """Module scope; a Portal: the portal as `make portal` runs it (test mode, the fixed
    captcha), on free ports."""
    web_server = load(ROOT / "playwright.config.py").web_server
    process = PortalProcess(replace(web_server, port=None, idp_port=None),
                            tmp_path_factory.mktemp("team") / "portal.log", cwd=ROOT)
    yield process.start()
    process.stop()


def suite(project: InnerProject, portal_url: str, output: Path) -> subprocess.Popen:
    """The synthetic suite with `--base-url portal_url` in its own process, as a second person
    would run it (one worker, artifacts in a folder of its own)."""
    return subprocess.Popen(
        [sys.executable, "-m", "pytest", *COMMON_ARGS, "--base-url", portal_url,
         "-p", "no:randomly", "-n", "0", "-rs", "--output", str(output)],
        cwd=project.path, env=inner_environment(COLUMNS="400"),  # skip reasons whole
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_two_suites_at_once_against_one_portal_both_pass(team_portal, tmp_path):
    project = InnerProject(tmp_path)
    project.write_tests(SUITE)
    suites = [suite(project, team_portal.portal_url, tmp_path / name) for name in ("alice", "bob")]

    outputs = [each.communicate(timeout=HANG_GUARD)[0] for each in suites]

    for each, output in zip(suites, outputs, strict=True):
        assert each.returncode == 0, output
        assert "3 passed, 1 skipped" in output, output
        assert (f"changes the mock clock of the whole portal: skipped against the shared portal "
                f"{team_portal.portal_url} (--exclusive-portal runs it)") in output, output
