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

from .inner import InnerProject

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


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """A portal started here, as a team's `make portal` would run elsewhere."""
    web_server = load(ROOT / "playwright.config.py").web_server
    process = PortalProcess(replace(web_server, port=None, idp_port=None),
                            tmp_path_factory.mktemp("shared") / "portal.log", cwd=ROOT)
    yield process.start()
    process.stop()


@pytest.fixture(scope="module")
def on_our_own_portal(make_inner) -> pytest.RunResult:
    """Module scope; the inner run of tests that move the clock and take the identity platform
    down without declaring it, on a portal the run started itself."""
    project = make_inner("own")
    project.write_tests(UNDECLARED_ON_OUR_OWN_PORTAL)
    return project.run("-p", "no:randomly")


@pytest.fixture(scope="module")
def shared_runs(make_inner, shared) -> tuple[InnerProject, pytest.RunResult, pytest.RunResult]:
    """The suite run on the shared portal as it is, then with --exclusive-portal."""
    project = make_inner("on-shared")
    project.write_tests(ON_A_SHARED_PORTAL)
    plain = project.run("--base-url", shared.portal_url, "-rs")
    exclusive = project.run("--base-url", shared.portal_url, "--exclusive-portal")
    return project, plain, exclusive


def test_an_undeclared_clock_move_fails_naming_the_marker_on_our_own_portal(on_our_own_portal):
    on_our_own_portal.assert_outcomes(failed=2)
    on_our_own_portal.stdout.fnmatch_lines([
        "*PortalWideChange: test_inner.py::test_moves_the_clock touches the mock clock "
        "(PUT /__admin/clock), which belongs to the whole portal: declare it with "
        "@pytest.mark.portal_wide('clock') (skipped against a shared portal)"])


def test_an_undeclared_call_through_a_control_api_fetched_late_fails_too(on_our_own_portal):
    on_our_own_portal.stdout.fnmatch_lines([
        "*PortalWideChange: test_inner.py::test_platform_down_late " + PLATFORM_DOWN_REFUSED])


def test_an_undeclared_admin_call_fails_on_a_shared_portal_too(shared_runs):
    _, plain, exclusive = shared_runs

    for run in (plain, exclusive):
        run.stdout.fnmatch_lines(["*PortalWideChange: test_inner.py::test_platform_down "
                                  + PLATFORM_DOWN_REFUSED])


def test_a_declared_test_is_skipped_on_a_shared_portal_and_the_rest_runs(shared_runs, shared):
    _, plain, _ = shared_runs

    plain.assert_outcomes(failed=1, passed=2, skipped=1)
    plain.stdout.fnmatch_lines([
        f"SKIPPED * changes the mock clock of the whole portal: skipped against the shared "
        f"portal {shared.portal_url} (--exclusive-portal runs it)"])


def test_exclusive_portal_runs_the_declared_test_and_gives_the_clock_back(shared_runs, shared):
    _, _, exclusive = shared_runs

    exclusive.assert_outcomes(failed=1, passed=3)
    assert ControlApi.over_http(shared.portal_url).clock()["real"] is True


def test_two_runs_on_a_shared_portal_make_different_people(shared_runs):
    project, _, _ = shared_runs

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
