"""The control API's identity resources: SMS codes, locks, sessions, the platform down and up."""

from __future__ import annotations

import pytest

from mock_portal import portal
from mock_portal.portal import oauth_client
from support.expected import GUIDE_DAY, IDP_UNAVAILABLE, LOCKED_1H, LOCKED_24H, ZHANG_SAN
from support.html import alert_of, link_of, text_of
from support.portal_user import FORGOT_PASSWORD, PortalUser

IDP_MESSAGE = "北京市统一身份认证平台系统维护中，暂时无法访问，请稍后再试。"
AUTHORIZE = ("/renzheng/open/login/goUserLogin?client_id=bjzwfw-portal&redirect_uri="
             "http%3A%2F%2F127.0.0.1%3A8000%2Foauth%2Fcallback&response_type=code&state=s")


@pytest.fixture
def frozen(clock):
    clock.freeze(GUIDE_DAY)
    return clock


# GET /__admin/sms-code -----------------------------------------------------------------------


def test_the_current_code_of_a_phone_with_its_state(user, frozen, admin, persona):
    user.open_login_page("/space/", tab="sms")
    user.request_code(persona.phone)

    answer = admin.sms_code_state(persona.phone)

    code = answer.pop("code")
    assert len(code) == 6 and code.isdigit()
    assert answer == {"phone": persona.phone, "purpose": "login", "sent_at": GUIDE_DAY,
                      "expires_at": "2022-06-11T09:35:00+08:00", "state": "valid",
                      "failed_attempts": 0, "resend_in_seconds": 60}
    assert code in admin.sms(persona.phone)[0]["text"]


@pytest.mark.parametrize(
    ("step", "state"),
    [("use", "used"), ("wait-5min-1s", "expired"), ("five-wrong", "void")],
    ids=["used", "expired", "void"],
)
def test_the_codes_state_follows_what_happened_to_it(user, frozen, admin, persona, step,
                                                     state):
    user.open_login_page("/space/", tab="sms")
    user.request_code(persona.phone)
    code = admin.sms_code(persona.phone)
    if step == "use":
        user.sms_log_in(persona.phone, code)
    elif step == "wait-5min-1s":
        frozen.advance(minutes=5, seconds=1)
    else:
        for _ in range(5):
            user.sms_log_in(persona.phone, f"{(int(code) + 1) % 1000000:06d}")

    assert admin.sms_code_state(persona.phone)["state"] == state


def test_the_code_of_one_purpose_or_the_last_of_any(user, frozen, admin, persona):
    user.open_login_page("/space/", tab="sms")
    user.request_code(persona.phone)
    user.open(FORGOT_PASSWORD, origin="idp")
    user.request_code(persona.phone, form=FORGOT_PASSWORD)

    login, last = admin.sms_code_state(persona.phone, "login"), \
        admin.sms_code_state(persona.phone)

    assert (login["purpose"], last["purpose"]) == ("login", "reset")
    assert admin.sms(persona.phone)[0]["text"].startswith(f"【北京通】{login['code']}（验证码）")


@pytest.mark.parametrize(
    ("query", "status", "body"),
    [
        ({}, 400, {"error": "phone: required, 11 digits starting with 1", "field": "phone"}),
        ({"phone": "1380013800"}, 400,
         {"error": "phone: required, 11 digits starting with 1", "field": "phone"}),
        ({"phone": "13800138000", "purpose": "payment"}, 400,
         {"error": "purpose: one of login, register, reset", "field": "purpose"}),
        ({"phone": "13800138000"}, 404,
         {"error": "phone: no code was sent to 13800138000", "field": "phone"}),
    ],
    ids=["no-phone", "bad-phone", "unknown-purpose", "nothing-sent"],
)
def test_sms_code_refusals_name_the_field(admin, query, status, body):
    response = admin.call("GET", "/sms-code", params=query)

    assert (response.status_code, response.json()) == (status, body)


# /__admin/lock -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hours", "failures", "until", "message"),
    [(1, 5, "2022-06-11T10:30:00+08:00", LOCKED_1H),
     (24, 10, "2022-06-12T09:30:00+08:00", LOCKED_24H)],
    ids=["1-hour", "24-hours"],
)
def test_a_lock_refuses_the_right_password_with_the_platforms_message(user, frozen, admin,
                                                                      persona, hours, failures,
                                                                      until, message):
    answer = admin.lock(persona.username, hours)
    user.open_login_page()

    page = user.log_in()

    assert answer == {"account": persona.phone, "failures": failures, "locked": True,
                      "locked_until": until, "message": message}
    assert alert_of(page) == message


def test_a_lock_is_for_an_hour_unless_told(frozen, admin, persona):
    response = admin.call("PUT", "/lock", json={"account": persona.id_number})

    assert response.json()["locked_until"] == "2022-06-11T10:30:00+08:00"


def test_unlocking_lets_the_person_in_and_forgets_the_count(user, frozen, admin, persona):
    admin.lock(persona.phone)
    answer = admin.unlock(persona.phone)
    user.open_login_page()

    user.log_in()

    assert answer == {"account": persona.phone, "failures": 0, "locked": False,
                      "locked_until": None, "message": None}
    assert user.path == "/space/"


def test_the_lock_state_counts_wrong_passwords(user, frozen, admin, persona):
    user.open_login_page()
    for _ in range(3):
        user.log_in(password="Wrong@2022")

    assert admin.lock_state(persona.phone) == {
        "account": persona.phone, "failures": 3, "locked": False, "locked_until": None,
        "message": None}


@pytest.mark.parametrize(
    ("body", "status", "answer"),
    [
        ("not json", 400, {"error": "body must be a JSON object"}),
        ({}, 400, {"error": "account: required, a username, phone or ID number",
                   "field": "account"}),
        ({"account": "13700000000"}, 404,
         {"error": "account: no account '13700000000'", "field": "account"}),
        ({"account": "13800138000", "hours": 2}, 400, {"error": "hours: 1 or 24",
                                                        "field": "hours"}),
        ({"account": "13800138000", "hours": "1"}, 400, {"error": "hours: 1 or 24",
                                                          "field": "hours"}),
        ({"account": "13800138000", "hours": True}, 400, {"error": "hours: 1 or 24",
                                                           "field": "hours"}),
    ],
    ids=["not-json", "no-account", "unknown-account", "two-hours", "hours-as-text",
         "hours-true"],
)
def test_lock_refusals_name_the_field(admin, body, status, answer):
    response = (admin.call("PUT", "/lock", content=body) if isinstance(body, str)
                else admin.call("PUT", "/lock", json=body))

    assert (response.status_code, response.json()) == (status, answer)


@pytest.mark.parametrize("method", ["get", "delete"])
def test_lock_reads_and_unlocks_need_an_account(admin, method):
    response = admin.call(method.upper(), "/lock")

    assert response.status_code == 400
    assert response.json()["field"] == "account"


# /__admin/sessions -------------------------------------------------------------------------


def test_ending_a_persons_sessions_logs_them_out_of_both_origins(user, admin, persona):
    user.log_in_from_portal("/space/")

    answer = admin.end_sessions(persona.phone)

    assert answer == {"account": persona.phone, "ended": {"portal": 1, "identity": 1}}
    page = user.open("/space/")
    assert user.origin == "idp"
    assert "北京市统一身份认证平台 请您登录" in text_of(page)


def test_ending_sessions_reaches_every_browser_of_the_person(user, admin, persona, portal_app,
                                                          idp, portal_settings):
    user.log_in_from_portal("/space/")
    second = PortalUser.over_flask(portal_app.test_client(), idp.test_client(),
                                   portal_settings, login=persona.phone)
    second.log_in_from_portal("/space/")
    assert admin.open_sessions(persona.phone) == {"portal": 2, "identity": 2}

    admin.end_sessions(persona.phone)

    assert admin.open_sessions(persona.phone) == {"portal": 0, "identity": 0}
    second.open("/space/")
    assert second.origin == "idp"


def test_ending_sessions_leaves_other_people_logged_in(user, admin, make_user):
    other, other_persona = make_user()
    other.log_in_from_portal("/space/")
    user.log_in_from_portal("/space/")

    admin.end_sessions(user.login)

    assert admin.open_sessions(other_persona.phone) == {"portal": 1, "identity": 1}
    other.open("/space/")
    assert other.path == "/space/"


@pytest.mark.parametrize(
    ("query", "status", "field"),
    [({}, 400, "account"), ({"account": "nobody2022"}, 404, "account")],
    ids=["no-account", "unknown-account"],
)
def test_session_refusals_name_the_field(admin, query, status, field):
    response = admin.call("DELETE", "/sessions", params=query)

    assert (response.status_code, response.json()["field"]) == (status, field)


# GET /__admin/persons ----------------------------------------------------------------------


@pytest.mark.parametrize("key", ["phone", "username", "id_number"])
def test_a_person_is_read_by_any_of_the_accounts_names(admin, key):
    created = admin.call("POST", "/persons", json={}).json()

    response = admin.call("GET", "/persons", params={"account": created[key]})

    assert response.status_code == 200
    assert response.json() == created


# /__admin/idp: the identity platform down and up ---------------------------------------------


@pytest.fixture
def idp_down(admin):
    """The identity platform taken down (the `idp` fixture brings it up after the test)."""
    admin.idp_down()


def test_the_platform_is_up_unless_told(admin):
    assert admin.idp_state() == {"up": True}


@pytest.mark.parametrize(
    "path",
    [AUTHORIZE, "/renzheng/open/register", "/renzheng/open/password/forget",
     "/renzheng/captcha.png", "/renzheng/manual", "/renzheng/open/logout", "/no-such-page"],
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


def test_while_down_the_portals_login_says_so_with_retry(user, idp_down):
    page = user.open("/login?next=/space/progress")

    assert (page.status_code, user.origin) == (503, "portal")
    assert alert_of(page) == IDP_UNAVAILABLE
    assert link_of(page, "重试") == "/login?next=/space/progress"


def test_while_down_the_portal_itself_still_works(user, idp_down):
    page = user.open("/")

    assert page.status_code == 200


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
    assert "北京市统一身份认证平台 请您登录" in text_of(page)
    user.log_in()
    assert user.path == "/space/"


def test_a_platform_that_cannot_be_reached_gives_the_same_page(built, idp, persona):
    def unreachable(url, form):
        raise oauth_client.Unavailable("connection refused")

    app = portal.create_app(built, token_post=unreachable)
    person = PortalUser.over_flask(app.test_client(), idp.test_client(), built,
                                   login=persona.phone)
    person.open("/login?next=/space/")

    page = person.log_in()

    assert (page.status_code, alert_of(page)) == (503, IDP_UNAVAILABLE)
    assert link_of(page, "重试") == "/login?next=/space/"


@pytest.mark.parametrize("body", [{}, {"up": "false"}, {"up": 0}],
                         ids=["missing", "text", "number"])
def test_idp_refusals_name_the_field(admin, body):
    response = admin.call("PUT", "/idp", json=body)

    assert response.status_code == 400
    assert response.json() == {"error": "up: required, true or false", "field": "up"}


# POST /__admin/reset -------------------------------------------------------------------------


def test_reset_clears_codes_locks_sessions_and_brings_the_platform_up(client, idp_client,
                                                                      portal_settings, admin):
    zhang = PortalUser.over_flask(client, idp_client, portal_settings, login=ZHANG_SAN.phone)
    zhang.log_in_from_portal("/space/")
    zhang.open(FORGOT_PASSWORD, origin="idp")
    zhang.request_code(ZHANG_SAN.phone, form=FORGOT_PASSWORD)
    admin.lock(ZHANG_SAN.phone, 24)
    admin.idp_down()

    admin.reset()

    assert admin.idp_state() == {"up": True}
    assert admin.call("GET", "/sms-code", params={"phone": ZHANG_SAN.phone}).status_code == 404
    assert admin.lock_state(ZHANG_SAN.phone)["locked"] is False
    assert admin.open_sessions(ZHANG_SAN.phone) == {"portal": 0, "identity": 0}
