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
MOVES_THE_CLOCK = """
import pytest


def test_moves_the_clock(clock):
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)
"""
DECLARES_THE_CLOCK = """
import pytest


@pytest.mark.portal_wide("clock")
def test_moves_the_clock(clock):
    clock.set("2022-06-11T09:30:00+08:00", frozen=True)
    assert clock.now().isoformat() == "2022-06-11T09:30:00+08:00"


def test_reads_the_clock(clock, make_persona):
    make_persona()
    clock.now()
"""
TAKES_THE_PLATFORM_DOWN = """
def test_platform_down(admin):
    admin.idp_down()
"""
FETCHES_THE_CONTROL_API_LATE = """
def test_platform_down(request, portal):
    admin = request.getfixturevalue("admin")
    admin.idp_down()
    request.addfinalizer(admin.idp_up)
"""
WRITES_ITS_PERSONA = """
import json


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


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """A portal started here, as a team's `make portal` would run elsewhere."""
    web_server = load(ROOT / "playwright.config.py").web_server
    process = PortalProcess(replace(web_server, port=None, idp_port=None),
                            tmp_path_factory.mktemp("shared") / "portal.log", cwd=ROOT)
    yield process.start()
    process.stop()


def test_an_undeclared_clock_move_fails_naming_the_marker_on_our_own_portal(inner):
    inner.write_tests(MOVES_THE_CLOCK)

    result = inner.run()

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "*PortalWideChange: test_inner.py::test_moves_the_clock touches the mock clock "
        "(PUT /__admin/clock), which belongs to the whole portal: declare it with "
        "@pytest.mark.portal_wide('clock') (skipped against a shared portal)"])


def test_an_undeclared_admin_call_fails_on_a_shared_portal_too(inner, shared):
    inner.write_tests(TAKES_THE_PLATFORM_DOWN)

    result = inner.run("--base-url", shared.portal_url)

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*touches the identity platform's availability (PUT "
                                 "/__admin/idp)*portal_wide('idp')*"])


def test_an_undeclared_call_through_a_control_api_fetched_late_fails_too(inner):
    inner.write_tests(FETCHES_THE_CONTROL_API_LATE)

    result = inner.run()

    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*touches the identity platform's availability (PUT "
                                 "/__admin/idp)*portal_wide('idp')*"])


def test_a_declared_test_is_skipped_on_a_shared_portal_and_the_rest_runs(inner, shared):
    inner.write_tests(DECLARES_THE_CLOCK)

    result = inner.run("--base-url", shared.portal_url, "-rs")

    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines([
        f"SKIPPED * changes the mock clock of the whole portal: skipped against the shared "
        f"portal {shared.portal_url} (--exclusive-portal runs it)"])


def test_exclusive_portal_runs_the_declared_test_and_gives_the_clock_back(inner, shared):
    inner.write_tests(DECLARES_THE_CLOCK)

    result = inner.run("--base-url", shared.portal_url, "--exclusive-portal")

    result.assert_outcomes(passed=2)
    assert ControlApi.over_http(shared.portal_url).clock()["real"] is True


def test_two_runs_on_a_shared_portal_make_different_people(inner, shared):
    inner.write_tests(WRITES_ITS_PERSONA)
    inner.run("--base-url", shared.portal_url).assert_outcomes(passed=1)

    inner.run("--base-url", shared.portal_url).assert_outcomes(passed=1)

    first, second = (json.loads(line) for line in
                     (inner.path / "personas.jsonl").read_text(encoding="utf-8").splitlines())
    assert first["username"] != second["username"]
    assert first["phone"] != second["phone"]
    assert first["id_number"] != second["id_number"]


def test_an_unknown_scope_is_a_usage_error_naming_the_known_ones(inner):
    inner.write_tests(UNKNOWN_SCOPE)

    result = inner.run()

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([
        "ERROR: test_inner.py::test_weather: portal_wide takes one or more of clock, limits, "
        "faults, sms_gateway, idp, reset, journal, not 'weather'"])

