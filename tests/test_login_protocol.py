"""北京市统一身份认证平台: the login form's messages and the OAuth2 authorization code protocol."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from support.expected import (
    GUIDE_DAY,
    LOGIN_CAPTCHA_FORMAT,
    LOGIN_NO_ACCOUNT,
    LOGIN_NO_CAPTCHA,
    LOGIN_NO_PASSWORD,
    LOGIN_WRONG_CAPTCHA,
    LOGIN_WRONG_PASSWORD,
)
from support.html import alert_of, form_fields, query_of, text_of
from support.portal_user import PortalUser

AUTHORIZE = "/renzheng/open/login/goUserLogin"
TOKEN = "/renzheng/open/oauth/token"
CALLBACK = "http://127.0.0.1:8000/oauth/callback"


def authorize_path(**overrides) -> str:
    params = {"client_id": "bjzwfw-portal", "redirect_uri": CALLBACK, "response_type": "code",
              "scope": "user_info", "state": "s1", **overrides}
    return f"{AUTHORIZE}?{urlencode({k: v for k, v in params.items() if v is not None})}"


def exchange(idp_client, portal_settings, code: str, **overrides):
    """The portal's server-to-server POST to the token endpoint."""
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK,
            "client_id": "bjzwfw-portal", "client_secret": portal_settings.client_secret, **overrides}
    return idp_client.post(TOKEN, data=form)


def code_and_state(location: str) -> tuple[str, str]:
    query = query_of(location)
    return query["code"], query["state"]


# the login form ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("login", "password", "captcha", "message"),
    [
        ("", "", "", LOGIN_NO_ACCOUNT),
        ("   ", "Demo@2022", "1488", LOGIN_NO_ACCOUNT),
        ("{phone}", "", "", LOGIN_NO_PASSWORD),
        ("{phone}", "Demo@2022", "", LOGIN_NO_CAPTCHA),
        ("{phone}", "Demo@2022", "14a8", LOGIN_CAPTCHA_FORMAT),
        ("{phone}", "Demo@2022", "148", LOGIN_CAPTCHA_FORMAT),
        ("{phone}", "Demo@2022", "14888", LOGIN_CAPTCHA_FORMAT),
        ("{phone}", "Demo@2022", "１４８８", LOGIN_CAPTCHA_FORMAT),
        ("{phone}", "Wrong@2022", "1489", LOGIN_WRONG_CAPTCHA),
        ("{phone}", "Wrong@2022", "1488", LOGIN_WRONG_PASSWORD),
        ("{phone}", "demo@2022", "1488", LOGIN_WRONG_PASSWORD),
        ("13700000000", "Demo@2022", "1488", LOGIN_WRONG_PASSWORD),
    ],
    ids=[
        "all-empty", "account-only-spaces", "no-password", "no-captcha", "captcha-with-letter",
        "captcha-three-digits", "captcha-five-digits", "captcha-full-width", "wrong-captcha",
        "wrong-password", "password-in-other-case", "unknown-account",
    ],
)
def test_login_form_says_the_first_thing_wrong(user, persona, client, login, password, captcha,
                                               message):
    user.choose_office()
    login = login.format(phone=persona.phone)

    page = user.log_in(login=login, password=password, captcha=captcha)

    assert page.status_code == 400
    assert user.origin == "idp"
    assert alert_of(page) == message
    assert form_fields(page)["login"] == login.strip()
    assert form_fields(page)["password"] == ""
    assert client.get("/space/").status_code == 302


def test_login_after_a_refused_attempt_succeeds(user):
    user.choose_office()
    user.log_in(password="Wrong@2022")

    user.log_in()

    assert user.path == "/declaration/notice"
    assert user.logged_in


@pytest.fixture
def wang(admin):
    """A persona whose ID number ends in X."""
    return admin.create_person(name="王五", id_number="11010819900101001X", phone="13700137000",
                               username="wangwu2022")


@pytest.mark.parametrize(
    "login",
    ["13700137000", "wangwu2022", "11010819900101001X", "11010819900101001x",
     " 13700137000 "],
    ids=["phone", "username", "id-number", "id-number-lower-case-x", "phone-with-spaces"],
)
def test_login_by_any_of_the_accounts_names(client, idp_client, portal_settings, wang, login):
    person = PortalUser.over_flask(client, idp_client, portal_settings, login=login)
    person.open("/login?next=/space/")

    page = person.log_in()

    assert person.path == "/space/"
    assert "姓名 王五" in text_of(page)


def test_logout_ends_the_session(user, client):
    user.log_in_from_portal("/space/")
    cookie = client.get_cookie("portal_session").value

    user.log_out()
    client.set_cookie("portal_session", cookie)

    assert not user.logged_in
    assert client.get("/space/").headers["Location"] == "/login?next=/space/"


# the authorization request -------------------------------------------------------------------


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "http://127.0.0.1:8000/oauth/callbackx",
        "http://127.0.0.1:8000/oauth/callback/",
        "http://127.0.0.1:8000/oauth/callback?next=//evil.example",
        "http://127.0.0.1:8000/oauth",
        "http://127.0.0.1:8000/",
        "http://evil.example/oauth/callback",
        "http://127.0.0.1:8000.evil.example/oauth/callback",
        "http://127.0.0.1:9000/oauth/callback",
        "https://127.0.0.1:8000/oauth/callback",
        "",
        None,
    ],
    ids=[
        "suffix", "trailing-slash", "extra-query", "prefix", "root", "other-host",
        "host-as-subdomain", "other-port", "other-scheme", "empty", "missing",
    ],
)
def test_unregistered_redirect_uri_is_refused(idp_client, redirect_uri):
    page = idp_client.get(authorize_path(redirect_uri=redirect_uri))

    assert page.status_code == 400
    assert alert_of(page) == "回调地址不合法，无法登录。"
    assert "返回北京市政务服务网" in text_of(page)


@pytest.mark.parametrize("client_id", ["bjzwfw-other", "", None],
                         ids=["unknown", "empty", "missing"])
def test_unknown_client_is_refused(idp_client, client_id):
    page = idp_client.get(authorize_path(client_id=client_id))

    assert page.status_code == 400
    assert alert_of(page) == "应用未注册，无法登录。"


@pytest.mark.parametrize("response_type", ["token", "", None], ids=["token", "empty", "missing"])
def test_other_response_types_are_refused(idp_client, response_type):
    page = idp_client.get(authorize_path(response_type=response_type))

    assert page.status_code == 400
    assert alert_of(page) == "不支持的授权方式。"


def test_login_post_with_a_tampered_redirect_uri_is_refused(user, idp_client):
    user.choose_office()
    form = {**form_fields(user.page), "redirect_uri": "http://evil.example/oauth/callback",
            "login": user.login, "password": "Demo@2022", "captcha": "1488"}

    response = idp_client.post("/renzheng/open/login/account", data=form)

    assert response.status_code == 400
    assert alert_of(response) == "回调地址不合法，无法登录。"


def test_identity_platform_sends_the_code_and_the_state_back_to_the_registered_uri(user, client):
    user.choose_office()
    with client.session_transaction() as session:
        state = session["oauth_state"]

    location = user.authorize()

    assert location.startswith(CALLBACK + "?")
    code, returned_state = code_and_state(location)
    assert returned_state == state
    assert len(code) >= 20


# the callback --------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["other", ""], ids=["other-state", "empty-state"])
def test_callback_with_a_state_that_does_not_match_is_refused(user, client, persona, state):
    user.choose_office()
    code, _ = code_and_state(user.authorize())

    page = client.get("/oauth/callback", query_string={"code": code, "state": state})

    assert page.status_code == 400
    assert alert_of(page) == "登录状态校验失败，请重新登录。"
    assert client.get("/space/").status_code == 302


def test_callback_without_a_login_in_progress_is_refused(user, make_user, client):
    stranger, _ = make_user()
    stranger.choose_office()
    code, state = code_and_state(stranger.authorize())

    page = client.get("/oauth/callback", query_string={"code": code, "state": state})

    assert page.status_code == 400
    assert alert_of(page) == "登录状态校验失败，请重新登录。"


def test_callback_without_a_code_is_refused(user, client):
    user.choose_office()
    _, state = code_and_state(user.authorize())

    page = client.get("/oauth/callback", query_string={"state": state})

    assert page.status_code == 400
    assert alert_of(page) == "未获得授权码，请重新登录。"


def test_replaying_the_callback_after_login_is_refused(user):
    user.choose_office()
    location = user.authorize()
    user.open(location.removeprefix("http://127.0.0.1:8000"))
    assert user.logged_in

    page = user.open(location.removeprefix("http://127.0.0.1:8000"))

    assert page.status_code == 400
    assert alert_of(page) == "登录状态校验失败，请重新登录。"


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


def test_portal_refuses_an_expired_code(user, clock):
    clock.freeze(GUIDE_DAY)
    user.choose_office()
    location = user.authorize()
    clock.freeze("2022-06-11T09:32:00+08:00")

    page = user.open(location.removeprefix("http://127.0.0.1:8000"))

    assert page.status_code == 400
    assert alert_of(page) == "登录失败：授权码无效或已过期，请重新登录。"
    assert not user.logged_in


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


# the portal session --------------------------------------------------------------------------


def _sid(client):
    with client.session_transaction() as session:
        return session.get("sid")


def test_login_gives_a_new_session_id_never_a_planted_one(user, client):
    with client.session_transaction() as session:
        session["sid"] = "planted-by-an-attacker"
        session["stale"] = "from before the login"

    user.log_in_from_portal()

    sid = _sid(client)
    assert sid not in (None, "planted-by-an-attacker")
    with client.session_transaction() as session:
        assert "stale" not in session


def test_logging_in_again_changes_the_session_id(user, client):
    user.log_in_from_portal()
    first = _sid(client)
    first_cookie = client.get_cookie("portal_session").value

    user.log_in_from_portal()

    assert _sid(client) != first
    assert client.get_cookie("portal_session").value != first_cookie


def test_office_chosen_before_login_survives_it(user):
    user.choose_office("110108-026")

    page = user.log_in()

    assert "办理地点：【海淀区温泉地区】" in text_of(page)


@pytest.mark.parametrize(
    "next_path",
    ["//evil.example/", "https://evil.example/", "/%5Cevil.example", "evil.example"],
    ids=["scheme-relative", "absolute", "backslash", "relative"],
)
def test_login_never_sends_the_person_to_another_host(user, next_path):
    user.open(f"/login?next={next_path}")

    user.log_in()

    final = user.redirects[-1]
    assert final.startswith("/")
    assert not final.startswith("//")
    assert not final.startswith("/\\")
    assert user.origin == "portal"
