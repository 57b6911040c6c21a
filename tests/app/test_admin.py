"""The control API (admin blueprint): persons, clock, cases, SMS codes, locks, sessions, the
identity platform down and up, reset; absent without test mode."""

from __future__ import annotations

import pytest

from support.expected import GUIDE_DAY, LOCKED_1H, LOCKED_24H, LOGIN_HEADING, ZHANG_SAN
from support.html import alert_of, text_of
from support.portal_user import FORGOT_PASSWORD, PortalUser

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.limits, pytest.mark.eligibility]

# persons -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"phone": "138-0013-8000"}, "phone"),
        ({"phone": "23800138000"}, "phone"),
        ({"phone": 13800138001}, "phone"),
        ({"phone": ZHANG_SAN.phone}, "phone"),
        ({"id_number": "11010819900101001"}, "id_number"),
        ({"id_number": "110108199001010010"}, "id_number"),
        ({"id_number": ZHANG_SAN.id_number}, "id_number"),
        ({"username": "1abc"}, "username"),
        ({"username": "zhangsan"}, "username"),
        ({"password": "12345678"}, "password"),
        ({"password": "Ab1"}, "password"),
        ({"status": "dead"}, "status"),
        ({"retirement_track": "M70"}, "retirement_track"),
        ({"id_number": "11010519850520018X", "retirement_track": "M60"}, "retirement_track"),
        ({"name": ""}, "name"),
        ({"nickname": "小张"}, "nickname"),
    ],
    ids=[
        "phone-with-dashes", "phone-not-starting-with-1", "phone-as-number", "duplicate-phone",
        "id-number-17-digits", "id-number-bad-check-digit", "duplicate-id-number",
        "username-starting-with-digit", "duplicate-username", "password-all-digits",
        "password-too-short", "status", "retirement-track", "retirement-track-of-the-other-sex",
        "empty-name", "unknown-field",
    ],
)
def test_invalid_persona_field_is_refused_naming_the_field(admin, body, field):
    response = admin.call("POST", "/persons", json=body)

    assert response.status_code == 400
    answer = response.json()
    assert answer["field"] == field
    assert answer["error"].startswith(f"{field}: ")


def test_persona_body_that_is_not_an_object_is_refused(admin):
    response = admin.call("POST", "/persons", json=["13800138000"])

    assert response.status_code == 400
    assert response.json() == {"error": "body must be a JSON object"}


def test_refused_persona_is_not_stored(admin):
    admin.call("POST", "/persons", json={"phone": "13700137000", "status": "dead"})

    created = admin.create_person(phone="13700137000")

    assert created.phone == "13700137000"


@pytest.mark.parametrize("key", ["phone", "username", "id_number"])
def test_a_person_is_read_by_any_of_the_accounts_names(admin, key):
    created = admin.call("POST", "/persons", json={}).json()

    response = admin.call("GET", "/persons", params={"account": created[key]})

    assert response.status_code == 200
    assert response.json() == created


# clock -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [{}, {"frozen": True}, {"now": "yesterday"}, {"now": "2022-06-11T09:30:00"},
     {"now": "2022-13-11T09:30:00+08:00"}, {"now": 1654911000}, {"now": None}],
    ids=["empty", "only-frozen", "words", "no-offset", "month-13", "number", "null"],
)
def test_clock_set_without_a_valid_now_is_refused_naming_now(admin, clock, body):
    response = admin.call("PUT", "/clock", json=body)

    assert response.status_code == 400
    assert response.json()["field"] == "now"
    assert response.json()["error"].startswith("now: ")
    assert admin.clock()["real"] is True


def test_clock_set_with_a_body_that_is_not_json_is_refused_naming_now(admin, clock):
    response = admin.call("PUT", "/clock", content="2022-06-11T09:30:00+08:00",
                          headers={"Content-Type": "text/plain"})

    assert response.status_code == 400
    assert response.json()["field"] == "now"


@pytest.mark.parametrize(("body", "error"), [
    ([7500, 37000], "limits: expected a non-empty object of years"),
    ({"2026": {"lower": 7500}}, 'limits: 2026: expected {"lower": …, "upper": …}'),
    ({"2026": {"lower": 37000, "upper": 7500}}, "limits: 2026: need 0 < lower <= upper"),
], ids=["not-an-object", "no-upper", "lower-above-upper"])
def test_a_limits_table_that_is_not_one_is_refused_in_one_line_and_changes_nothing(
        admin, body, error):
    before = admin.call("GET", "/limits").json()

    response = admin.call("PUT", "/limits", json=body)

    assert (response.status_code, response.json()) == (400, {"error": error, "field": "limits"})
    assert admin.call("GET", "/limits").json() == before


# cases -------------------------------------------------------------------------------------------


def test_admin_cases_lists_the_persons_cases_with_their_values(user, admin, persona, frozen_clock):
    user.declare("3000", "按季度缴费")

    cases = admin.cases(persona.id_number)

    assert cases == [{
        "number": "111101086949863441300201400300202202206110001",
        "status": "已提交",
        "result": None,
        "reason": None,
        "office_id": "110108-00",
        "department_code": "111101086949863441",
        "contribution_year": 2021,
        "wage_typed": "3000",
        "base_applied": "5360",
        "clamp_reason": "填报工资低于本缴费年度缴费基数下限5360元，以下限作为缴费基数",
        "limits_provisional": False,
        "cycle": "按季度缴费",
        "submitted_at": "2022-06-11T09:30:00+08:00",
        "history": [{"status": "已提交", "at": "2022-06-11T09:30:00+08:00", "result": None,
                     "reason": None, "why": None}],
    }]


def test_admin_cases_accepts_a_lower_case_x(admin, make_user, frozen_clock):
    person, _ = make_user(id_number="11010819900101001X")
    person.declare()

    cases = admin.cases("11010819900101001x")

    assert [c["number"] for c in cases] == ["111101086949863441300201400300202202206110001"]


def test_admin_cases_of_an_unknown_person_are_empty(admin):
    assert admin.cases("11010819900101001X") == []


def test_cases_without_an_id_number_are_refused_naming_it(admin):
    response = admin.call("GET", "/cases")

    assert response.status_code == 400
    assert response.json() == {"error": "id_number: required", "field": "id_number"}


# sms-code ----------------------------------------------------------------------------------------


def test_the_current_code_of_a_phone_with_its_state(user, frozen_clock, admin, persona):
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
def test_the_codes_state_follows_what_happened_to_it(user, frozen_clock, admin, persona, step,
                                                     state):
    user.open_login_page("/space/", tab="sms")
    user.request_code(persona.phone)
    code = admin.sms_code(persona.phone)
    if step == "use":
        user.sms_log_in(persona.phone, code)
    elif step == "wait-5min-1s":
        frozen_clock.advance(minutes=5, seconds=1)
    else:
        for _ in range(5):
            user.sms_log_in(persona.phone, f"{(int(code) + 1) % 1000000:06d}")

    assert admin.sms_code_state(persona.phone)["state"] == state


def test_the_code_of_one_purpose_or_the_last_of_any(user, frozen_clock, admin, persona):
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


# lock --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hours", "failures", "until", "message"),
    [(1, 5, "2022-06-11T10:30:00+08:00", LOCKED_1H),
     (24, 10, "2022-06-12T09:30:00+08:00", LOCKED_24H)],
    ids=["1-hour", "24-hours"],
)
def test_a_lock_refuses_the_right_password_with_the_platforms_message(user, frozen_clock, admin,
                                                                      persona, hours, failures,
                                                                      until, message):
    answer = admin.lock(persona.username, hours)
    user.open_login_page()

    page = user.log_in()

    assert answer == {"account": persona.phone, "failures": failures, "locked": True,
                      "locked_until": until, "message": message}
    assert alert_of(page) == message


def test_a_lock_is_for_an_hour_unless_told(frozen_clock, admin, persona):
    response = admin.call("PUT", "/lock", json={"account": persona.id_number})

    assert response.json()["locked_until"] == "2022-06-11T10:30:00+08:00"


def test_unlocking_lets_the_person_in_and_forgets_the_count(user, frozen_clock, admin, persona):
    admin.lock(persona.phone)
    answer = admin.unlock(persona.phone)
    user.open_login_page()

    user.log_in()

    assert answer == {"account": persona.phone, "failures": 0, "locked": False,
                      "locked_until": None, "message": None}
    assert user.path == "/space/"


def test_the_lock_state_counts_wrong_passwords(user, frozen_clock, admin, persona):
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


# sessions ----------------------------------------------------------------------------------------


def test_ending_a_persons_sessions_logs_them_out_of_both_origins(user, admin, persona):
    user.log_in_from_portal("/space/")

    answer = admin.end_sessions(persona.phone)

    assert answer == {"account": persona.phone, "ended": {"portal": 1, "identity": 1}}
    page = user.open("/space/")
    assert user.origin == "idp"
    assert LOGIN_HEADING in text_of(page)


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


# idp: the identity platform down and up ----------------------------------------------------------


def test_the_platform_is_up_unless_told(admin):
    assert admin.idp_state() == {"up": True}


@pytest.mark.parametrize("body", [{}, {"up": "false"}, {"up": 0}],
                         ids=["missing", "text", "number"])
def test_idp_refusals_name_the_field(admin, body):
    response = admin.call("PUT", "/idp", json=body)

    assert response.status_code == 400
    assert response.json() == {"error": "up: required, true or false", "field": "up"}


# reset -------------------------------------------------------------------------------------------


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


# outside test mode -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/__admin/clock"),
        ("get", f"/__admin/sms?phone={ZHANG_SAN.phone}"),
        ("get", f"/__admin/cases?id_number={ZHANG_SAN.id_number}"),
        ("put", "/__admin/clock"),
        ("delete", "/__admin/clock"),
        ("get", "/__outbox/"),
    ],
    ids=["clock", "sms", "cases", "set-clock", "real-clock", "outbox"],
)
def test_control_api_and_outbox_are_not_found_without_test_mode(production_client, method,
                                                                 path):
    response = getattr(production_client, method)(path, json={})

    assert response.status_code == 404
    assert alert_of(response) == "您访问的页面不存在或已删除。"


@pytest.mark.parametrize("path", ["/__admin/reset", "/__admin/persons"], ids=["reset", "persons"])
def test_control_api_posts_are_not_found_without_test_mode(production_client, path):
    response = production_client.post(path, json={})

    assert response.status_code == 404
