"""What the portal, the identity platform and the control API do with input they must refuse."""

from __future__ import annotations

import pytest

from support.expected import GUIDE_DAY, ZHANG_SAN
from support.html import alert_of, form_fields, text_by_testid, text_of

PORTAL_CSRF_MESSAGE = "页面已过期或请求无效，请刷新页面后重试。"
IDP_CSRF_MESSAGE = "页面已过期或请求无效，请返回重新登录。"


# 缴费工资 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "请输入缴费工资"),
        ("   ", "请输入缴费工资"),
        ("五千", "缴费工资只能填写数字"),
        ("5,360", "缴费工资只能填写数字"),
        ("<b>5360</b>", "缴费工资只能填写数字"),
        ("-100", "缴费工资必须大于0"),
        ("0", "缴费工资必须大于0"),
        ("0.00", "缴费工资必须大于0"),
        ("123456789", "缴费工资金额过大，请核对后重新输入"),
        ("123456789012345678901", "缴费工资金额过大，请核对后重新输入"),
        ("5360.123", "缴费工资最多保留两位小数"),
    ],
    ids=[
        "empty", "only-spaces", "chinese-numerals", "thousands-separator", "markup", "negative",
        "zero", "zero-with-decimals", "nine-digits", "over-twenty-characters", "three-decimals",
    ],
)
def test_refused_wage_is_explained_kept_in_the_field_and_not_stored(user, admin, persona, typed,
                                                                     message):
    user.reach_form()

    page = user.fill_in(typed, "按季度缴费")

    assert page.status_code == 400
    assert user.path == "/declaration/form"
    assert alert_of(page) == message
    assert '<span class="field-error" id="wage-error">' in page.text
    assert (form_fields(page)["wage"], form_fields(page)["cycle"]) == (typed, "按季度缴费")
    assert admin.cases(persona.id_number) == []
    user.open("/declaration/confirm")
    assert user.redirects == ["/declaration/form"]


def test_full_width_digits_are_accepted(user, admin, persona, clock):
    clock.freeze(GUIDE_DAY)
    user.reach_form()

    page = user.fill_in("６５００．５０")

    assert user.path == "/declaration/confirm"
    assert text_by_testid(page, "applied-base") == "6500.50"
    user.submit()
    [case] = admin.cases(persona.id_number)
    assert (case["wage_typed"], case["base_applied"]) == ("6500.50", "6500.50")


def test_unknown_cycle_is_refused(user, admin, persona):
    user.reach_form()

    page = user.fill_in("6000", "按周缴费")

    assert page.status_code == 400
    assert alert_of(page) == "请选择缴费周期"
    assert admin.cases(persona.id_number) == []


# read-only fields ------------------------------------------------------------------------------


def test_tampered_read_only_fields_are_ignored_for_the_logged_in_identity(user, admin, persona,
                                                                            make_user):
    _, other = make_user()
    user.reach_form()

    confirmation = user.fill_in("6000", name="王五", id_number=other.id_number,
                                office_id="110101-00")
    user.post("/declaration/confirm", {
        "submission_key": user.submission_key(), "action": "submit", "name": "王五",
        "id_number": other.id_number, "office_id": "110101-00", "wage": "1",
        "cycle": "按年缴费",
    })

    assert f"姓名 {persona.name}" in text_of(confirmation)
    assert f"个人身份证号 {persona.id_number}" in text_of(confirmation)
    [case] = admin.cases(persona.id_number)
    assert (case["office_id"], case["department_code"], case["wage_typed"], case["cycle"]) == (
        "110108-00", "111101086949863441", "6000", "按月缴费")
    assert admin.cases(other.id_number) == []


# CSRF ----------------------------------------------------------------------------------------


@pytest.fixture(params=["missing", "forged", "another-sessions"])
def bad_token(request, make_user):
    """No token, a made-up one, or a real token of somebody else's session."""
    if request.param == "missing":
        return None
    if request.param == "forged":
        return "x" * 32
    other, _ = make_user()
    other.log_in_from_portal()
    return other.csrf_token()


def _post(user, path, data, token):
    form = dict(data)
    if token is not None:
        form["csrf_token"] = token
    return user.post(path, form, csrf=False)


def test_form_post_without_the_sessions_token_is_refused_and_nothing_saved(user, admin, persona,
                                                                           bad_token):
    user.reach_form()

    page = _post(user, "/declaration/form",
                 {"wage": "6500", "cycle": "按月缴费", "action": "save_draft"}, bad_token)

    assert page.status_code == 400
    assert alert_of(page) == PORTAL_CSRF_MESSAGE
    assert form_fields(user.open("/declaration/form"))["wage"] == ""


def test_submit_without_the_sessions_token_is_refused_and_no_case_stored(user, admin, persona,
                                                                         bad_token):
    user.reach_confirmation("6000")
    key = user.submission_key()

    page = _post(user, "/declaration/confirm", {"submission_key": key, "action": "submit"},
                 bad_token)

    assert page.status_code == 400
    assert alert_of(page) == PORTAL_CSRF_MESSAGE
    assert admin.cases(persona.id_number) == []


def test_notice_post_without_the_sessions_token_is_refused(user, bad_token):
    user.choose_office()
    user.log_in()

    page = _post(user, "/declaration/notice", {"agree": "yes"}, bad_token)

    assert page.status_code == 400
    assert alert_of(page) == PORTAL_CSRF_MESSAGE
    user.open("/declaration/form")
    assert user.redirects == ["/declaration/notice"]


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


# expired session -------------------------------------------------------------------------------


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


# unknown office --------------------------------------------------------------------------------


@pytest.mark.parametrize("office_id", ["110108-999", "nonsense", "110100-00"],
                         ids=["unknown-street-office", "nonsense", "unknown-district"])
def test_unknown_office_at_declaration_start_is_not_found(client, office_id):
    page = client.get(f"/declaration/start/{office_id}")

    assert page.status_code == 404
    assert alert_of(page) == "未找到该办理地点"


# control API: personas -------------------------------------------------------------------------


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


# control API: clock ----------------------------------------------------------------------------


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


def test_cases_without_an_id_number_are_refused_naming_it(admin):
    response = admin.call("GET", "/cases")

    assert response.status_code == 400
    assert response.json() == {"error": "id_number: required", "field": "id_number"}
