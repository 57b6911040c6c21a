"""The token endpoint (oauth blueprint): the code exchanged once, in time, by the registered
client."""

from __future__ import annotations

import pytest

from support.expected import GUIDE_DAY
from tests.app.authorization import code_and_state, exchange

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]

# the token endpoint --------------------------------------------------------------------------


def test_code_is_exchanged_for_the_persons_info(user, persona, idp_client, portal_settings):
    user.choose_office()
    code, _ = code_and_state(user.authorize())

    response = exchange(idp_client, portal_settings, code)

    assert response.status_code == 200
    answer = response.get_json()
    assert answer["user_info"] == {k: getattr(persona, k) for k in ("name", "id_number", "phone",
                                                           "username")}
    assert (answer["token_type"], answer["scope"], answer["expires_in"]) == (
        "Bearer", "user_info", 3600)


def test_code_is_single_use(user, idp_client, portal_settings):
    user.choose_office()
    code, _ = code_and_state(user.authorize())
    exchange(idp_client, portal_settings, code)

    response = exchange(idp_client, portal_settings, code)

    assert response.status_code == 400
    assert response.get_json() == {"error": "invalid_grant",
                                   "error_description": "unknown or already used code"}


def test_code_used_by_the_portal_cannot_be_exchanged_again(user, idp_client, portal_settings):
    user.choose_office()
    location = user.authorize()
    user.open(location.removeprefix("http://127.0.0.1:8000"))
    code, _ = code_and_state(location)

    response = exchange(idp_client, portal_settings, code)

    assert response.get_json()["error"] == "invalid_grant"


def test_unknown_code_is_an_invalid_grant(idp_client, portal_settings):
    response = exchange(idp_client, portal_settings, "no-such-code")

    assert (response.status_code, response.get_json()["error"]) == (400, "invalid_grant")


def test_code_is_still_valid_at_sixty_seconds(user, idp_client, portal_settings, clock):
    clock.freeze(GUIDE_DAY)
    user.choose_office()
    code, _ = code_and_state(user.authorize())
    clock.freeze("2022-06-11T09:31:00+08:00")

    response = exchange(idp_client, portal_settings, code)

    assert response.status_code == 200


def test_code_expires_after_sixty_seconds(user, idp_client, portal_settings, clock):
    clock.freeze(GUIDE_DAY)
    user.choose_office()
    code, _ = code_and_state(user.authorize())
    clock.freeze("2022-06-11T09:31:01+08:00")

    response = exchange(idp_client, portal_settings, code)

    assert response.status_code == 400
    assert response.get_json() == {"error": "invalid_grant", "error_description": "code expired"}


@pytest.mark.parametrize(
    "overrides",
    [{"client_secret": "wrong"}, {"client_secret": ""}, {"client_id": "bjzwfw-other"}],
    ids=["wrong-secret", "empty-secret", "unknown-client"],
)
def test_wrong_client_credentials_are_refused_and_leave_the_code_usable(user, idp_client,
                                                                        portal_settings, overrides):
    user.choose_office()
    code, _ = code_and_state(user.authorize())

    refused = exchange(idp_client, portal_settings, code, **overrides)

    assert refused.status_code == 401
    assert refused.get_json()["error"] == "invalid_client"
    assert exchange(idp_client, portal_settings, code).status_code == 200


def test_code_with_another_redirect_uri_is_an_invalid_grant(user, idp_client, portal_settings):
    user.choose_office()
    code, _ = code_and_state(user.authorize())

    response = exchange(idp_client, portal_settings, code, redirect_uri="http://evil.example/cb")

    assert response.status_code == 400
    assert response.get_json()["error"] == "invalid_grant"


def test_other_grant_types_are_refused(idp_client, portal_settings):
    response = exchange(idp_client, portal_settings, "x", grant_type="password")

    assert (response.status_code, response.get_json()["error"]) == (
        400, "unsupported_grant_type")
