"""The portal's side of logging in (auth blueprint): /login, /oauth/callback, /logout, the portal
session and its idle expiry, an identity platform that is down."""

from __future__ import annotations

import pytest

from mock_portal.portal import oauth_client
from support.expected import GUIDE_DAY, IDP_UNAVAILABLE, LOGIN_HEADING
from support.html import alert_of, link_of, query_of, text_by_testid, text_of
from support.portal_user import PortalUser
from tests.app.authorization import code_and_state

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.identity]


def _sid(client):
    with client.session_transaction() as session:
        return session.get("sid")


# /login: the authorization request, and back where the person was --------------------------------


def test_apply_on_a_row_sends_a_stranger_to_the_identity_platform(client, portal_settings):
    start = client.get("/declaration/start/110108-00")
    notice = client.get(start.headers["Location"])
    login = client.get(notice.headers["Location"])

    assert (start.status_code, start.headers["Location"]) == (302, "/declaration/notice")
    assert (notice.status_code, notice.headers["Location"]) == (
        302, "/login?next=/declaration/notice")
    assert login.status_code == 302
    location = login.headers["Location"]
    assert location.startswith("http://localhost:8001/renzheng/open/login/goUserLogin?")
    with client.session_transaction() as session:
        state = session["oauth_state"]
    assert query_of(location) == {
        "client_id": "bjzwfw-portal",
        "redirect_uri": "http://127.0.0.1:8000/oauth/callback",
        "response_type": "code",
        "scope": "user_info",
        "state": state,
    }
    assert len(state) >= 16


def test_after_login_the_person_reaches_the_notice_of_the_chosen_office(user, persona):
    user.choose_office("110108-010")

    page = user.log_in()

    assert user.path == "/declaration/notice"
    assert user.redirects[0].startswith("http://127.0.0.1:8000/oauth/callback?code=")
    assert f"您好，{persona.name}" in text_of(page)
    assert "办理地点：【海淀区学院路街道】北京市海淀区学院路6号院路路街道便民服务中心综合窗口" \
        in text_of(page)


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


# /oauth/callback ---------------------------------------------------------------------------------


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


def test_portal_refuses_an_expired_code(user, clock):
    clock.freeze(GUIDE_DAY)
    user.choose_office()
    location = user.authorize()
    clock.freeze("2022-06-11T09:32:00+08:00")

    page = user.open(location.removeprefix("http://127.0.0.1:8000"))

    assert page.status_code == 400
    assert alert_of(page) == "登录失败：授权码无效或已过期，请重新登录。"
    assert not user.logged_in


# the portal session: a new one at each login, its idle expiry ------------------------------------


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


def test_session_is_still_alive_after_thirty_idle_minutes(user, clock):
    clock.freeze("2022-06-11T09:30:00+08:00")
    user.reach_form()
    clock.freeze("2022-06-11T10:00:00+08:00")

    page = user.open("/declaration/form")

    assert (page.status_code, user.redirects) == (200, [])


def test_expired_session_leads_through_login_back_to_the_form(user, clock):
    clock.freeze("2022-06-11T09:30:00+08:00")
    user.reach_form()
    clock.freeze("2022-06-11T10:01:00+08:00")

    user.open("/declaration/form")
    assert user.redirects[0] == "/login?next=/declaration/form"
    assert user.origin == "idp"
    page = user.log_in()

    assert user.path == "/declaration/form"
    assert page.status_code == 200
    assert user.logged_in


def test_expired_session_on_the_confirmation_leads_back_to_it_with_the_values(user, clock):
    clock.freeze("2022-06-11T09:30:00+08:00")
    user.reach_confirmation("6500", "按季度缴费")
    clock.freeze("2022-06-11T10:01:00+08:00")
    user.open("/declaration/confirm")

    page = user.log_in()

    assert user.path == "/declaration/confirm"
    assert text_by_testid(page, "applied-base") == "6500"


def test_expired_session_in_my_space_leads_back_to_the_same_page(user, clock):
    clock.freeze("2022-06-11T09:30:00+08:00")
    user.log_in_from_portal("/space/progress")
    clock.freeze("2022-06-11T10:01:00+08:00")

    user.open("/space/progress")
    user.log_in()

    assert user.path == "/space/progress"
    assert "办件进度" in text_of(user.page)


def test_form_posted_after_the_session_expired_leads_to_login_and_stores_nothing(user, admin,
                                                                                persona, clock):
    clock.freeze("2022-06-11T09:30:00+08:00")
    user.reach_form()
    clock.freeze("2022-06-11T10:01:00+08:00")

    user.fill_in("6500", action="save_draft")

    assert user.redirects[0] == "/login?next=/declaration/form"
    assert user.origin == "idp"
    assert admin.cases(persona.id_number) == []


# /logout -----------------------------------------------------------------------------------------


def test_logout_ends_the_session(user, client):
    user.log_in_from_portal("/space/")
    cookie = client.get_cookie("portal_session").value

    user.log_out()
    client.set_cookie("portal_session", cookie)

    assert not user.logged_in
    assert client.get("/space/").headers["Location"] == "/login?next=/space/"


def test_logout_goes_through_the_platforms_logout_back_home(logged_in):
    page = logged_in.log_out()

    assert logged_in.redirects == [
        "http://localhost:8001/renzheng/open/logout?client_id=bjzwfw-portal"
        "&post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A8000%2F",
        "http://127.0.0.1:8000/",
    ]
    assert (logged_in.origin, logged_in.path, page.status_code) == ("portal", "/", 200)
    assert not logged_in.logged_in


# 北京市统一身份认证平台 down or out of reach ----------------------------------------------------------------


def test_while_down_the_portals_login_says_so_with_retry(user, idp_down):
    page = user.open("/login?next=/space/progress")

    assert (page.status_code, user.origin) == (503, "portal")
    assert alert_of(page) == IDP_UNAVAILABLE
    assert link_of(page, "重试") == "/login?next=/space/progress"


def test_a_callback_while_down_says_so_and_retry_recovers(user, admin, persona):
    user.open_login_page("/space/")
    location = user.authorize()
    admin.idp_down()

    page = user.open(location.removeprefix("http://127.0.0.1:8000"))
    assert (page.status_code, alert_of(page)) == (503, IDP_UNAVAILABLE)
    admin.idp_up()

    page = user.open(link_of(page, "重试"))

    assert (user.origin, user.path) == ("portal", "/space/")
    assert f"姓名 {persona.name}" in text_of(page)


def test_after_the_platform_is_up_again_retry_leads_to_the_login_page(user, admin):
    admin.idp_down()
    down = user.open("/login?next=/space/")
    admin.idp_up()

    user.open(link_of(down, "重试"))
    user.log_in()

    assert (user.origin, user.path) == ("portal", "/space/")


def test_logout_while_down_ends_the_portal_session_and_the_next_login_asks_again(user, admin,
                                                                               persona):
    user.log_in_from_portal("/space/")
    admin.idp_down()

    user.log_out()
    admin.idp_up()
    page = user.open("/login?next=/space/")

    assert user.redirects[0].endswith("&prompt=login")
    assert (user.origin, page.status_code) == ("idp", 200)
    assert LOGIN_HEADING in text_of(page)
    user.log_in()
    assert user.path == "/space/"


def test_a_platform_that_cannot_be_reached_gives_the_same_page(portal_app, idp, built, persona,
                                                              monkeypatch):
    def unreachable(url, form):
        raise oauth_client.Unavailable("connection refused")

    monkeypatch.setitem(portal_app.config, "TOKEN_POST", unreachable)
    person = PortalUser.over_flask(portal_app.test_client(), idp.test_client(), built,
                                   login=persona.phone)
    person.open("/login?next=/space/")

    page = person.log_in()

    assert (page.status_code, alert_of(page)) == (503, IDP_UNAVAILABLE)
    assert link_of(page, "重试") == "/login?next=/space/"
