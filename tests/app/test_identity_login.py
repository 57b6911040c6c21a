"""北京市统一身份认证平台's login page (login blueprint): the 账号登录 form and its messages, the authorization
request, the platform down."""

from __future__ import annotations

import re

import pytest

from support.expected import (
    LOGIN_CAPTCHA_FORMAT,
    LOGIN_HEADING,
    LOGIN_NO_ACCOUNT,
    LOGIN_NO_CAPTCHA,
    LOGIN_NO_PASSWORD,
    LOGIN_WRONG_CAPTCHA,
    LOGIN_WRONG_PASSWORD,
)
from support.html import alert_of, form_fields, text_of
from support.portal_user import PortalUser
from tests.app.authorization import CALLBACK, authorize_path, code_and_state

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]

IDP_MESSAGE = "北京市统一身份认证平台系统维护中，暂时无法访问，请稍后再试。"


@pytest.fixture
def wang(admin):
    """A persona whose ID number ends in X."""
    return admin.create_person(name="王五", id_number="11010819900101001X", phone="13700137000",
                               username="wangwu2022")


# the login page and the 账号登录 form ----------------------------------------------------------------


def test_identity_platform_login_page_carries_the_authorization_request(user):
    page = user.choose_office()

    assert user.origin == "idp"
    assert LOGIN_HEADING in text_of(page)
    assert "中华人民共和国居民身份证、港澳居民来往内地通行证、外国人永久居留身份证" in text_of(page)
    fields = form_fields(page)
    assert (fields["client_id"], fields["redirect_uri"], fields["scope"], fields["response_type"]) \
        == ("bjzwfw-portal", "http://127.0.0.1:8000/oauth/callback", "user_info", "code")
    assert 'placeholder="用户名/手机号/身份证号"' in page.text
    assert 'placeholder="请输入图形验证码"' in page.text


@pytest.mark.accessibility
def test_every_captcha_image_has_a_text_alternative_saying_what_it_is(user):
    page = user.choose_office()

    alternatives = re.findall(r'<img src="[^"]*captcha[^"]*"[^>]*\balt="([^"]*)"', page.text)

    # Both tabs (账号登录, 短信登录) carry a captcha; a screen reader must be told what it is.
    assert alternatives == ["图形验证码，点击刷新", "图形验证码，点击刷新"]


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


def test_login_post_without_the_identity_platforms_token_is_refused(user, portal_settings):
    user.choose_office()
    fields = form_fields(user.page)

    page = user.post("/renzheng/open/login/account", {
        **{k: fields[k] for k in ("client_id", "redirect_uri", "scope", "state",
                                  "response_type")},
        "login": user.login, "password": "Demo@2022", "captcha": "1488",
    }, origin="idp", csrf=False)

    assert page.status_code == 400
    assert "页面已过期或请求无效，请返回重新登录。" in text_of(page)
    assert user.origin == "idp"


# the authorization request -----------------------------------------------------------------------


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


# the platform down -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [authorize_path(state="s", scope=None), "/renzheng/open/register",
     "/renzheng/open/password/forget", "/renzheng/captcha.png", "/renzheng/manual",
     "/renzheng/open/logout", "/no-such-page"],
    ids=["login-page", "register", "forgot-password", "captcha", "manual", "logout",
         "unknown-page"],
)
def test_while_down_every_platform_page_answers_503_in_chinese(idp_client, idp_down, path):
    page = idp_client.get(path)

    assert page.status_code == 503
    assert alert_of(page) == IDP_MESSAGE


def test_while_down_the_platforms_apis_answer_503(idp_client, idp_down, portal_settings):
    health = idp_client.get("/healthz")
    token = idp_client.post("/renzheng/open/oauth/token", data={
        "grant_type": "authorization_code", "code": "x", "client_id": "bjzwfw-portal",
        "client_secret": portal_settings.client_secret})

    assert (health.status_code, health.get_json()) == (503, {"status": "down"})
    assert (token.status_code, token.get_json()["error"]) == (503, "temporarily_unavailable")
