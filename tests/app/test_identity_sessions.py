"""The platform's session (login blueprint): SSO, its idle end, the redirect URI however asked, the
platform's logout."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from support.expected import LOGIN_HEADING
from support.html import alert_of, form_fields, query_of, status_of, text_of
from support.portal_user import PortalUser
from tests.app.authorization import CALLBACK, authorize_path, exchange

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]


def same_browser_new_portal_cookies(user, portal_app, idp_client,
                                    portal_settings) -> PortalUser:
    """The person's browser after the portal's cookie was lost (the platform's is kept)."""
    return PortalUser.over_flask(portal_app.test_client(), idp_client, portal_settings,
                                 login=user.login)


# SSO ---------------------------------------------------------------------------------------------


def test_a_second_authorization_goes_straight_back_with_a_code(logged_in, idp_client):
    response = idp_client.get(authorize_path(state="second"))

    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith(CALLBACK + "?")
    assert query_of(location)["state"] == "second"
    assert len(query_of(location)["code"]) >= 20


def test_the_portal_logs_in_again_without_the_login_form(logged_in, portal_app, idp_client,
                                                         portal_settings, persona):
    again = same_browser_new_portal_cookies(logged_in, portal_app, idp_client, portal_settings)

    page = again.open("/login?next=/space/")

    assert (again.origin, again.path) == ("portal", "/space/")
    assert [url.split("?")[0] for url in again.redirects] == [
        "http://localhost:8001/renzheng/open/login/goUserLogin", CALLBACK, "/space/"]
    assert f"姓名 {persona.name}" in text_of(page)


def test_a_code_given_by_sso_is_single_use(logged_in, idp_client, portal_settings):
    code = query_of(idp_client.get(authorize_path()).headers["Location"])["code"]
    first = exchange(idp_client, portal_settings, code)

    second = exchange(idp_client, portal_settings, code)

    assert first.status_code == 200
    assert second.get_json() == {"error": "invalid_grant",
                                 "error_description": "unknown or already used code"}


@pytest.mark.parametrize(
    ("minutes_later", "straight_back"),
    [(30, True), (31, False)],
    ids=["30min-idle-sso", "31min-idle-login-form"],
)
def test_the_platforms_session_ends_after_30_idle_minutes(logged_in, idp_client, clock,
                                                          minutes_later, straight_back):
    clock.advance(minutes=minutes_later)

    response = idp_client.get(authorize_path())

    assert (response.status_code == 302) is straight_back
    if not straight_back:
        assert LOGIN_HEADING in text_of(response)


def test_using_the_platforms_session_keeps_it_alive(logged_in, idp_client, clock):
    clock.advance(minutes=20)
    idp_client.get(authorize_path())
    clock.advance(minutes=25)

    response = idp_client.get(authorize_path())

    assert response.status_code == 302


def test_a_planted_platform_session_id_is_never_used(user, idp_client):
    with idp_client.session_transaction() as session:
        session["sso"] = "planted-by-an-attacker"

    user.log_in_from_portal("/space/")

    with idp_client.session_transaction() as session:
        assert session["sso"] not in (None, "planted-by-an-attacker")


def test_each_login_at_the_platform_gives_a_new_session_id(logged_in, idp_client, admin,
                                                          persona):
    with idp_client.session_transaction() as session:
        first = session["sso"]
    logged_in.log_out()
    logged_in.open_login_page()

    logged_in.log_in()

    with idp_client.session_transaction() as session:
        assert session["sso"] != first
    assert admin.open_sessions(persona.phone) == {"portal": 1, "identity": 1}


def test_prompt_login_asks_for_the_password_despite_the_session(logged_in, idp_client):
    response = idp_client.get(authorize_path(prompt="login"))

    assert response.status_code == 200
    assert LOGIN_HEADING in text_of(response)
    assert form_fields(response)["prompt"] == "login"
    assert "tab=sms&amp;client_id=bjzwfw-portal" in response.text
    assert "&amp;prompt=login" in response.text


# SSO strictness: the redirect URI must be the registered one, session or not ---------------------


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "http://127.0.0.1:8000/oauth",
        "http://127.0.0.1:8000/oauth/callback.evil",
        "http://127.0.0.1:8000/oauth/callback/../callback",
        "http://127.0.0.1:8000/oauth//callback",
        "http://127.0.0.1:8000/oauth/%63allback",
        "http://127.0.0.1:8000/OAUTH/CALLBACK",
        "http://127.0.0.1:8000/oauth/callback?",
        "http://127.0.0.1:8000/oauth/callback;x",
        "http://127.0.0.1:8000/oauth/callback ",
        "http://user@127.0.0.1:8000/oauth/callback",
        "http://127.0.0.1:8000@evil.example/oauth/callback",
        "http://127.0.0.1:8000\\@evil.example/oauth/callback",
        "http://127.0.0.1:8000/oauth/callback#",
        "http://127.0.0.1:8000/oauth/callback#@evil.example",
        "HTTP://127.0.0.1:8000/oauth/callback",
        "//127.0.0.1:8000/oauth/callback",
        "javascript://127.0.0.1:8000/oauth/callback",
        "http://127.0.0.1/oauth/callback",
        "http://127.0.0.1:80/oauth/callback",
        "http://127.0.0.1:08000/oauth/callback",
        "http://localhost:8000/oauth/callback",
    ],
    ids=[
        "prefix", "suffix", "dot-segments", "double-slash", "percent-encoded", "upper-case-path",
        "empty-query", "path-parameter", "trailing-space", "userinfo", "userinfo-host-swap",
        "backslash-userinfo", "empty-fragment", "fragment-host", "upper-case-scheme",
        "scheme-relative", "javascript-scheme", "no-port", "default-port", "port-leading-zero",
        "other-host-name",
    ],
)
@pytest.mark.parametrize("with_session", [False, True], ids=["no-session", "sso-session"])
def test_any_other_redirect_uri_is_refused_even_with_a_session(user, idp_client, with_session,
                                                               redirect_uri):
    if with_session:
        user.log_in_from_portal("/space/")

    response = idp_client.get(authorize_path(redirect_uri=redirect_uri))

    assert response.status_code == 400
    assert alert_of(response) == "回调地址不合法，无法登录。"
    assert "code=" not in response.headers.get("Location", "")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [({"client_id": "bjzwfw-other"}, "应用未注册，无法登录。"),
     ({"response_type": "token"}, "不支持的授权方式。")],
    ids=["unknown-client", "implicit-flow"],
)
def test_a_session_does_not_answer_other_clients_or_flows(logged_in, idp_client, overrides,
                                                          message):
    response = idp_client.get(authorize_path(**overrides))

    assert response.status_code == 400
    assert alert_of(response) == message


# the platform's logout ---------------------------------------------------------------------------


def test_after_logout_the_next_login_asks_for_the_password_again(logged_in, admin, persona):
    logged_in.log_out()

    page = logged_in.open("/login?next=/space/")

    assert logged_in.origin == "idp"
    assert LOGIN_HEADING in text_of(page)
    assert admin.open_sessions(persona.phone) == {"portal": 0, "identity": 0}


def test_a_platform_cookie_kept_from_before_logout_is_dead(logged_in, idp_client):
    kept = idp_client.get_cookie("idp_session").value
    logged_in.log_out()
    idp_client.set_cookie("idp_session", kept, domain="localhost")

    response = idp_client.get(authorize_path())

    assert response.status_code == 200
    assert LOGIN_HEADING in text_of(response)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"client_id": "bjzwfw-other",
          "post_logout_redirect_uri": "http://127.0.0.1:8000/"}, "应用未注册，无法退出。"),
        ({"client_id": "bjzwfw-portal",
          "post_logout_redirect_uri": "http://evil.example/"}, "退出后的跳转地址不合法。"),
        ({"client_id": "bjzwfw-portal",
          "post_logout_redirect_uri": "http://127.0.0.1:8000/space/"}, "退出后的跳转地址不合法。"),
        ({"client_id": "bjzwfw-portal"}, "退出后的跳转地址不合法。"),
    ],
    ids=["unknown-client", "other-host", "other-path", "no-uri"],
)
def test_the_platforms_logout_only_sends_people_to_registered_pages(logged_in, idp_client, query,
                                                                    message):
    response = idp_client.get(f"/renzheng/open/logout?{urlencode(query)}")

    assert response.status_code == 400
    assert alert_of(response) == message


def test_the_platforms_logout_on_its_own_shows_a_page(logged_in, idp_client):
    response = idp_client.get("/renzheng/open/logout")

    assert response.status_code == 200
    assert status_of(response) == "您已安全退出北京市统一身份认证平台。"
    assert idp_client.get(authorize_path()).status_code == 200
