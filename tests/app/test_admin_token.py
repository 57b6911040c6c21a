"""MOCK_PORTAL_ADMIN_TOKEN: every /__admin call needs `Authorization: Bearer <token>` (401 with a
JSON message without it), the SMS outbox page stays open, no control API outside test mode."""

from __future__ import annotations

import dataclasses

import pytest

from mock_portal.config import Settings
from support.control_api import ControlApi
from support.expected import GUIDE_DAY
from support.html import alert_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.admin]

TOKEN = "s3cret-token-of-the-test"
MISSING = {"error": "Authorization: required, Bearer and the token the portal runs with "
                    "(MOCK_PORTAL_ADMIN_TOKEN)", "field": "Authorization"}
WRONG = {"error": "Authorization: the token is not the one the portal runs with "
                  "(MOCK_PORTAL_ADMIN_TOKEN)", "field": "Authorization"}


@pytest.fixture
def portal_settings(portal_settings) -> Settings:
    """The tier's own (test mode, MOCK_PORTAL_DEFECTS's defects) with a control-API token."""
    return dataclasses.replace(portal_settings, admin_token=TOKEN)


@pytest.fixture
def admin(portal_app, portal_settings) -> ControlApi:
    """The harness's control API, sending the token."""
    return ControlApi.over_flask(portal_app.test_client(), portal_settings.portal_url,
                                 token=TOKEN)


@pytest.fixture
def stranger(portal_app, portal_settings) -> ControlApi:
    """Someone who reaches the control API without the token."""
    return ControlApi.over_flask(portal_app.test_client(), portal_settings.portal_url)


def control_routes(app) -> list[tuple[str, str]]:
    """Every (method, path) of the control API, read from the app's url_map."""
    return sorted((method, rule.rule.replace("<number>", "111101086949863441300201400300202"
                                                         "202206110001"))
                  for rule in app.url_map.iter_rules() if rule.rule.startswith("/__admin")
                  for method in rule.methods - {"HEAD", "OPTIONS"})


def test_every_control_route_refuses_a_call_without_the_token(portal_app):
    client = portal_app.test_client()
    routes = control_routes(portal_app)

    answers = {(method, path): client.open(path, method=method, json={})
               for method, path in routes}

    assert len(routes) > 20  # the whole API, not an empty url_map
    assert {key: (a.status_code, a.get_json()) for key, a in answers.items()} == {
        key: (401, MISSING) for key in answers}
    assert {a.headers["WWW-Authenticate"] for a in answers.values()} == {
        'Bearer realm="mock_portal control API"'}


@pytest.mark.parametrize("authorization", [
    "Bearer wrong", f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}", f"Basic {TOKEN}", TOKEN,
    "Bearer 令牌",
], ids=["wrong", "longer", "shorter", "basic", "no-scheme", "non-ascii"])
def test_a_wrong_token_is_refused_and_changes_nothing(stranger, admin, authorization):
    answer = stranger.call("PUT", "/clock", json={"now": GUIDE_DAY, "frozen": True},
                           headers={"Authorization": authorization})

    assert (answer.status_code, answer.json()) == (
        401, MISSING if not authorization.startswith("Bearer ") else WRONG)
    assert admin.clock()["frozen"] is False


def test_a_refused_call_stores_nothing(stranger, admin):
    answer = stranger.call("POST", "/persons", json={"phone": "13700137000"})

    assert answer.status_code == 401
    assert admin.call("GET", "/persons", params={"account": "13700137000"}).status_code == 404


def test_an_unknown_control_path_is_refused_before_it_is_looked_up(stranger):
    answer = stranger.call("GET", "/no-such-thing")

    assert (answer.status_code, answer.json()) == (401, MISSING)


def test_the_harness_works_with_the_token(admin, persona, clock):
    clock.freeze(GUIDE_DAY)

    found = admin.person(persona.phone)

    assert (found, admin.clock()["frozen"]) == (persona, True)


def test_the_outbox_page_stays_open_without_the_token(client):
    page = client.get("/__outbox/")

    assert page.status_code == 200
    assert "短信" in page.get_data(as_text=True)


def test_without_test_mode_the_control_api_is_absent_even_with_a_token(worker_apps):
    client = worker_apps.fresh(worker_apps.settings(admin_token=TOKEN)).portal.test_client()

    answer = client.get("/__admin/clock", headers={"Authorization": f"Bearer {TOKEN}"})

    assert answer.status_code == 404
    assert alert_of(answer) == "您访问的页面不存在或已删除。"


def test_the_token_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("MOCK_PORTAL_ADMIN_TOKEN", TOKEN)

    assert Settings.from_env().admin_token == TOKEN
