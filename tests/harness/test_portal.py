"""The portal under test: one per xdist worker, a running one reused, --base-url elsewhere."""

from __future__ import annotations

import json
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest

from support.control_api import ControlApi
from support.portal_process import Portal, PortalProcess
from support.run_settings import load

ROOT = Path(__file__).resolve().parents[2]
#: The seeded defect the running portal is started with (any one of the catalogue).
DEFECT = "wage-label-lost"

#: A test that writes the portal it was given to portal-<worker>.json.
PORTAL_REPORT = """
import json
import os
from pathlib import Path


def report(base_url, portal):
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    Path(f"portal-{worker}.json").write_text(
        json.dumps({"base_url": base_url, "idp_url": portal.idp_url}))


def test_portal(base_url, portal):
    report(base_url, portal)
"""
#: A second such test, so that xdist hands one to each of two workers.
ANOTHER_PORTAL_REPORT = """

def test_portal_again(base_url, portal):
    report(base_url, portal)
"""


def seen_portals(folder: Path) -> dict[str, dict]:
    """What each inner worker's test was given, by worker name."""
    return {p.stem.removeprefix("portal-"): json.loads(p.read_text())
            for p in folder.glob("portal-*.json")}


def answers(url: str) -> bool:
    """Whether `url` answers 200 (straight, without a proxy from the environment)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=10) as response:
        return response.status == 200


@pytest.fixture(scope="module")
def running_portal(tmp_path_factory) -> Portal:
    """A portal started here on free ports, as `make portal` would run one elsewhere, with a
    seeded defect from the environment, as `make mutation` has the harness start its portals."""
    web_server = load(ROOT / "playwright.config.py").web_server
    process = PortalProcess(replace(web_server, port=None, idp_port=None),
                            tmp_path_factory.mktemp("running") / "portal.log", cwd=ROOT)
    with pytest.MonkeyPatch.context() as environment:  # for the start only
        environment.setenv("MOCK_PORTAL_DEFECTS", DEFECT)
        portal = process.start()
    yield portal
    process.stop()


def ports(portal: Portal) -> dict[str, int]:
    """web_server's fixed ports naming where `portal` listens."""
    return {"port": int(portal.portal_url.rsplit(":", 1)[1]),
            "idp_port": int(portal.idp_url.rsplit(":", 1)[1])}


def test_each_xdist_worker_gets_a_portal_of_its_own(inner):
    inner.write_tests(PORTAL_REPORT + ANOTHER_PORTAL_REPORT)

    result = inner.run_in_process("-n", "2")

    result.assert_outcomes(passed=2)
    seen = seen_portals(inner.path)
    assert sorted(seen) == ["gw0", "gw1"]
    assert seen["gw0"]["base_url"] != seen["gw1"]["base_url"]
    assert sorted(p.name for p in inner.results.iterdir()) == ["portal-gw0.log",
                                                               "portal-gw1.log"]


def test_a_portal_running_on_the_fixed_ports_is_reused(inner, running_portal):
    inner.write_config(web_server={**ports(running_portal), "reuse_existing_server": True})
    inner.write_tests(PORTAL_REPORT)

    result = inner.run_in_process()

    result.assert_outcomes(passed=1)
    assert seen_portals(inner.path) == {"main": {"base_url": running_portal.portal_url,
                                                 "idp_url": running_portal.idp_url}}
    assert not inner.results.joinpath("portal-main.log").exists()
    assert answers(f"{running_portal.portal_url}/healthz")


def test_without_reuse_a_busy_fixed_port_fails_the_run_saying_so(inner, running_portal):
    inner.write_config(web_server={**ports(running_portal), "reuse_existing_server": False})
    inner.write_tests(PORTAL_REPORT)

    result = inner.run_in_process()

    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([
        f"*{running_portal.portal_url} is already in use: stop what runs there, or set "
        "web_server.reuse_existing_server (never on CI)*",
    ])
    assert answers(f"{running_portal.portal_url}/healthz")


def test_base_url_on_the_command_line_points_at_another_portal(inner, running_portal):
    inner.write_tests(PORTAL_REPORT)

    result = inner.run_in_process("--base-url", running_portal.portal_url + "/")

    result.assert_outcomes(passed=1)
    # The identity platform is found from the portal's /login redirect.
    assert seen_portals(inner.path) == {"main": {"base_url": running_portal.portal_url,
                                                 "idp_url": running_portal.idp_url}}
    assert not inner.results.joinpath("portal-main.log").exists()


def test_the_portal_the_harness_starts_has_the_environments_defects_on(running_portal):
    # What `make mutation` relies on: MOCK_PORTAL_DEFECTS reaches the portal process.
    listed = ControlApi.over_http(running_portal.portal_url).defects()

    assert [row["name"] for row in listed if row["on"]] == [DEFECT]
