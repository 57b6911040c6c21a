"""Sessions: SSO at the identity platform, logout of both, idle expiry, password resets."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from support.expected import GUIDE_DAY
from support.html import alert_of, form_fields, link_of, query_of, status_of, text_of
from support.portal_user import FORGOT_PASSWORD, PortalUser

AUTHORIZE = "/renzheng/open/login/goUserLogin"
CALLBACK = "http://127.0.0.1:8000/oauth/callback"
LOGIN_HEADING = "北京市统一身份认证平台 请您登录"


def authorize_path(**overrides) -> str:
    params = {"client_id": "bjzwfw-portal", "redirect_uri": CALLBACK, "response_type": "code",
              "scope": "user_info", "state": "s1", **overrides}
    return f"{AUTHORIZE}?{urlencode({k: v for k, v in params.items() if v is not None})}"


@pytest.fixture
def logged_in(user, clock):
    """The persona logged in through the login page at GUIDE_DAY (frozen): both origins' sessions."""
    clock.freeze(GUIDE_DAY)
    user.log_in_from_portal("/space/")
    assert user.logged_in
    return user


def same_browser_new_portal_cookies(user, portal_app, idp_client,
                                    portal_settings) -> PortalUser:
    """The person's browser after the portal's cookie was lost (the platform's is kept)."""
    return PortalUser.over_flask(portal_app.test_client(), idp_client, portal_settings,
                                 login=user.login)


# SSO ---------------------------------------------------------------------------------------


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
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK,
            "client_id": "bjzwfw-portal", "client_secret": portal_settings.client_secret}
    first = idp_client.post("/renzheng/open/oauth/token", data=form)

    second = idp_client.post("/renzheng/open/oauth/token", data=form)

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


# SSO strictness: the redirect URI must be the registered one, session or not -----------------


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


# logout ------------------------------------------------------------------------------------


def test_logout_goes_through_the_platforms_logout_back_home(logged_in):
    page = logged_in.log_out()

    assert logged_in.redirects == [
        "http://localhost:8001/renzheng/open/logout?client_id=bjzwfw-portal"
        "&post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A8000%2F",
        "http://127.0.0.1:8000/",
    ]
    assert (logged_in.origin, logged_in.path, page.status_code) == ("portal", "/", 200)
    assert not logged_in.logged_in


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


# idle expiry keeps what was typed in 在线填表 ------------------------------------------------


@pytest.fixture
def form_open(user, clock):
    """The persona on 在线填表 at GUIDE_DAY (frozen), logged in."""
    clock.freeze(GUIDE_DAY)
    user.reach_form()
    return user


@pytest.mark.parametrize("action", ["next", "save_draft", "previous"],
                         ids=["next", "save-draft", "previous"])
def test_the_form_posted_after_expiry_comes_back_as_a_draft_after_login(form_open, clock,
                                                                        action):
    clock.freeze("2022-06-11T10:01:00+08:00")
    form_open.fill_in("6500", "按季度缴费", action=action)
    assert form_open.redirects[0] == "/login?next=/declaration/form"
    assert form_open.origin == "idp"

    page = form_open.log_in()

    assert form_open.path == "/declaration/form"
    assert (form_fields(page)["wage"], form_fields(page)["cycle"]) == ("6500", "按季度缴费")
    assert "已恢复您于2022-06-11 10:01保存的草稿" in text_of(page)


def test_the_typed_values_replace_older_ones_of_the_browser(form_open, clock):
    form_open.fill_in("5000", "按年缴费", action="previous")
    form_open.agree_to_notice()
    clock.freeze("2022-06-11T10:01:00+08:00")
    form_open.fill_in("7200")

    page = form_open.log_in()

    assert (form_fields(page)["wage"], form_fields(page)["cycle"]) == ("7200", "按月缴费")


def test_an_unknown_cycle_is_kept_as_monthly(form_open, clock):
    clock.freeze("2022-06-11T10:01:00+08:00")
    form_open.fill_in("6500", "每天缴费")

    page = form_open.log_in()

    assert (form_fields(page)["wage"], form_fields(page)["cycle"]) == ("6500", "按月缴费")


def test_the_draft_is_the_expired_sessions_persons_only(form_open, clock, make_user,
                                                       portal_app, idp, portal_settings):
    clock.freeze("2022-06-11T10:01:00+08:00")
    form_open.fill_in("6500", "按季度缴费")
    _, other = make_user()
    page = form_open.log_in(login=other.phone)
    assert form_fields(page)["wage"] == ""

    elsewhere = PortalUser.over_flask(portal_app.test_client(), idp.test_client(),
                                      portal_settings, login=form_open.login)
    page = elsewhere.reach_form()

    assert (form_fields(page)["wage"], form_fields(page)["cycle"]) == ("6500", "按季度缴费")


# 忘记密码? ends every session -----------------------------------------------------------------


def reset_elsewhere(browser: PortalUser, admin, phone: str, password: str):
    """忘记密码? on another device, with no login in progress there."""
    browser.open(FORGOT_PASSWORD, origin="idp")
    browser.request_code(phone, form=FORGOT_PASSWORD)
    return browser.reset_password(phone=phone, code=admin.sms_code(phone, "reset"),
                                  password=password, confirmation=password)


@pytest.fixture
def other_device(portal_app, idp, portal_settings, persona):
    """The persona's second device, with cookie jars of its own."""
    return PortalUser.over_flask(portal_app.test_client(), idp.test_client(), portal_settings,
                      login=persona.phone)


def test_a_password_reset_ends_the_portal_and_platform_sessions(logged_in, other_device, admin,
                                                               persona):
    reset_elsewhere(other_device, admin, persona.phone, "New@2022a")

    space = logged_in.open("/space/")

    assert logged_in.redirects[0] == "/login?next=/space/"
    assert logged_in.origin == "idp"
    assert LOGIN_HEADING in text_of(space)
    assert admin.open_sessions(persona.phone) == {"portal": 0, "identity": 0}


def test_after_a_reset_only_the_new_password_logs_in(logged_in, other_device, admin):
    reset_elsewhere(other_device, admin, logged_in.login, "New@2022a")
    logged_in.open_login_page()

    refused = logged_in.log_in(password="Demo@2022")
    logged_in.log_in(password="New@2022a")

    assert alert_of(refused) == "用户名或密码错误"
    assert logged_in.path == "/space/"


def test_a_reset_without_a_login_flow_ends_on_a_success_page(other_device, admin, persona):
    page = reset_elsewhere(other_device, admin, persona.phone, "New@2022a")

    assert page.status_code == 200
    assert status_of(page) == "密码重置成功，请使用新密码登录。"


def test_a_reset_from_the_login_page_comes_back_to_it_with_a_message(user, admin, persona):
    login_page = user.open_login_page("/space/")
    state = form_fields(login_page)["state"]
    user.open(link_of(login_page, "忘记密码?"), origin="idp")
    user.request_code(persona.phone, form=FORGOT_PASSWORD)

    page = user.reset_password(phone=persona.phone, code=admin.sms_code(persona.phone),
                               password="New@2022a", confirmation="New@2022a")

    assert LOGIN_HEADING in text_of(page)
    assert status_of(page) == "密码重置成功，请使用新密码登录。"
    assert form_fields(page)["state"] == state
    user.log_in(password="New@2022a")
    assert user.path == "/space/"

