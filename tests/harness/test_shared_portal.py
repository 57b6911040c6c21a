"""The portal_wide marker, held: an undeclared portal-wide change fails on any served portal;
against a shared one (--base-url) a declared test is skipped saying why, unless the run has the
portal to itself (--exclusive-portal); personas there differ from run to run."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from support.control_api import ControlApi
from support.portal_process import PortalProcess
from support.run_settings import load

ROOT = Path(__file__).resolve().parents[2]
#: On our own portal: two undeclared portal-wide changes, one through the control API fetched
#: late (after the test began).
UNDECLARED_ON_OUR_OWN_PORTAL = """
def test_moves_the_clock(clock):
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)


def test_platform_down_late(request, portal):
    admin = request.getfixturevalue("admin")
    admin.idp_down()
    request.addfinalizer(admin.idp_up)
"""
#: Run twice on one shared portal: an undeclared change, a declared one, a test beside them,
#: and a test that writes the persona it was given.
ON_A_SHARED_PORTAL = """
import json

import pytest


def test_platform_down(admin):
    admin.idp_down()


@pytest.mark.portal_wide("clock")
def test_moves_the_clock(clock):
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)
    assert clock.now().isoformat() == "2022-06-11T09:30:00+08:00"


def test_reads_the_clock(clock, make_persona):
    make_persona()
    clock.now()


def test_persona(persona):
    with open("personas.jsonl", "a", encoding="utf-8") as seen:
        seen.write(json.dumps(persona.as_fields()) + "\\n")
"""
UNKNOWN_SCOPE = """
import pytest


@pytest.mark.portal_wide("weather")
def test_weather():
    pass
"""
PLATFORM_DOWN_REFUSED = ("*touches the identity platform's availability (PUT /__admin/idp)*"
                         "portal_wide('idp')*")


@pytest.fixture
def shared(tmp_path):
    """A portal started here, as a team's `make portal` would run elsewhere."""
    web_server = load(ROOT / "playwright.config.py").web_server
    process = PortalProcess(replace(web_server, port=None, idp_port=None),
                            tmp_path / "portal.log", cwd=ROOT)
    yield process.start()
    process.stop()


def test_an_undeclared_clock_move_or_late_control_api_call_fails_naming_the_marker_on_our_own_portal(
        inner):
    # In process: the run serves its own portal (a process) and launches no browser.
    inner.write_tests(UNDECLARED_ON_OUR_OWN_PORTAL)

    result = inner.run_in_process("-p", "no:randomly")

    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines([
        "*PortalWideChange: test_inner.py::test_moves_the_clock touches the mock clock "
        "(PUT /__admin/clock), which belongs to the whole portal: declare it with "
        "@pytest.mark.portal_wide('clock') (skipped against a shared portal)"])
    # The control API fetched after the test began is held to it as well.
    result.stdout.fnmatch_lines([
        "*PortalWideChange: test_inner.py::test_platform_down_late " + PLATFORM_DOWN_REFUSED])


def test_on_a_shared_portal_undeclared_calls_fail_declared_tests_skip_unless_exclusive_people_differ(
        make_inner, shared):
    # One test over both runs (D39): with xdist, tests sharing a module's runs may each run them.
    # Processes of their own: each run has its own salt for the people it makes.
    project = make_inner("on-shared")
    project.write_tests(ON_A_SHARED_PORTAL)
    plain = project.run("--base-url", shared.portal_url, "-rs")
    exclusive = project.run("--base-url", shared.portal_url, "--exclusive-portal")

    # An undeclared admin call fails on a shared portal too, exclusive or not.
    for run in (plain, exclusive):
        run.stdout.fnmatch_lines(["*PortalWideChange: test_inner.py::test_platform_down "
                                  + PLATFORM_DOWN_REFUSED])

    # The declared test is skipped saying why; the rest runs.
    plain.assert_outcomes(failed=1, passed=2, skipped=1)
    plain.stdout.fnmatch_lines([
        f"SKIPPED * changes the mock clock of the whole portal: skipped against the shared "
        f"portal {shared.portal_url} (--exclusive-portal runs it)"])

    # --exclusive-portal runs it, and the clock is given back.
    exclusive.assert_outcomes(failed=1, passed=3)
    assert ControlApi.over_http(shared.portal_url).clock()["real"] is True

    # Two runs on the shared portal make different people.
    first, second = (json.loads(line) for line in
                     (project.path / "personas.jsonl").read_text(encoding="utf-8").splitlines())
    assert first["username"] != second["username"]
    assert first["phone"] != second["phone"]
    assert first["id_number"] != second["id_number"]


def test_an_unknown_scope_is_a_usage_error_naming_the_known_ones(inner):
    inner.write_tests(UNKNOWN_SCOPE)

    result = inner.run_in_process()

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([
        "ERROR: test_inner.py::test_weather: portal_wide takes one or more of clock, limits, "
        "faults, sms_gateway, idp, reset, journal, not 'weather'"])
