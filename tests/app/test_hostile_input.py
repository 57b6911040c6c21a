"""Hostile input at the app tier (docs/hostile-input.md): bodies over 1 MiB, characters that are
no writing, bytes that are not UTF-8, SQL-looking strings, secrets typed in any script, cookie
flags, another person's evaluation, every page under hostile values. Each: a clear refusal,
nothing stored, nothing executed."""

from __future__ import annotations

import dataclasses
import re

import pytest

from support.control_api import ControlApi
from support.expected import GUIDE_DAY
from support.html import alert_of, form_fields, text_of
from tests.app.authorization import TOKEN, authorize_path
from tests.app.store_rows import database_rows

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.hostile_input, pytest.mark.escaping, pytest.mark.space,
              pytest.mark.evaluation]

ONE_MIB = 1024 * 1024
TOO_LARGE = "提交的内容过大（不能超过1MB），未被接收，请返回检查后重试。"
UNREADABLE_COMMENT = "评价内容含有无法识别的字符（如控制字符或乱码），请删除后重新提交"
NOT_UTF8 = "提交的内容含有无法识别的字符（不是UTF-8编码），未被接收，请返回检查后重试。"
SQL = "' OR '1'='1'; DROP TABLE cases; --"
#: Values sent in every field a page or form of either origin reads.
HOSTILE = {
    "control-characters": "a\x00b\x1b[31m\x7f\u202e",
    "not-utf8": b"\xff\xfe\xc3(".decode("latin-1"),
    "sql": SQL,
    "markup": '"><script>alert(1)</script><img src=x onerror=alert(2)>',
    "5000-digits": "9" * 5000,
}
#: Every field name the two origins read, in query strings and forms.
FIELDS = ("q", "number", "status", "page", "phone", "next", "wage", "cycle", "comment", "score",
          "name", "id_number", "username", "password", "confirmation", "captcha", "code",
          "state", "redirect_uri", "client_id", "client_secret", "grant_type", "response_type",
          "scope", "action", "agree", "submission_key", "account", "tab", "prompt",
          "post_logout_redirect_uri")


@pytest.fixture
def case_number(user, clock) -> str:
    """The persona logged in with one submitted case (frozen at GUIDE_DAY): its number."""
    clock.freeze(GUIDE_DAY)
    return user.declare()


# every page under hostile values ------------------------------------------------------------------


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE)
def test_every_page_and_form_answers_hostile_values_without_a_server_error(portal_app, idp, user,
                                                                           case_number, value):
    user.reach_form()
    user.save_draft("7000")
    draft_id = re.search(r"/space/progress/drafts/(\d+)/delete",
                         user.open("/space/progress/cases").text).group(1)
    tokens = {"portal": user.csrf_token()}
    user.open("/renzheng/open/register", origin="idp")
    tokens["idp"] = user.csrf_token()
    # A message id that may not be the persona's: a 404 is an answer, a 500 is not.
    address = {"number": case_number, "draft_id": draft_id, "office_id": "110108-00",
               "message_id": 1}
    routes = [(origin, rule) for origin, app in (("portal", portal_app), ("idp", idp))
              for rule in app.url_map.iter_rules()
              # The captcha is an image (no page to read); its query is not read at all.
              if not rule.rule.startswith("/__admin")
              and rule.endpoint not in ("static", "login.captcha_image")]
    # Logging out ends the session the other routes need: last.
    routes.sort(key=lambda route: route[1].rule == "/logout")

    statuses = {}
    for origin, rule in routes:
        url = user.origins[origin] + rule.build(address, append_unknown=False)[1]
        fields = dict.fromkeys(FIELDS, value)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            answer = (user.transport.send("GET", url, params=fields) if method == "GET" else
                      user.transport.send(method, url,
                                          form={**fields, "csrf_token": tokens[origin]}))
            statuses[f"{method} {origin} {rule.rule}"] = answer.status_code

    assert len(statuses) >= 35
    assert {route: status for route, status in statuses.items() if status >= 500} == {}


# bodies over 1 MiB --------------------------------------------------------------------------------


def test_a_form_over_1_mib_is_refused_with_413_and_nothing_stored(user, portal_settings):
    user.reach_form()
    before = database_rows(portal_settings.database)

    page = user.post("/declaration/form", {"wage": "9" * ONE_MIB, "cycle": "按月缴费",
                                           "action": "save_draft"})

    assert (page.status_code, alert_of(page)) == (413, TOO_LARGE)
    assert database_rows(portal_settings.database) == before


def test_a_form_just_under_1_mib_is_read_and_answered_on_its_merits(user):
    user.reach_form()

    page = user.post("/declaration/form", {"wage": "9" * (ONE_MIB - 1024), "cycle": "按月缴费"})

    assert (page.status_code, alert_of(page)) == (400, "缴费工资金额过大，请核对后重新输入")


def test_an_identity_platform_form_over_1_mib_is_refused_with_413(user, portal_settings):
    user.open("/renzheng/open/register", origin="idp")
    before = database_rows(portal_settings.database)

    page = user.register(phone="13700137000", name="张" * ONE_MIB)

    assert (page.status_code, alert_of(page)) == (413, TOO_LARGE)
    assert database_rows(portal_settings.database) == before


def test_a_control_call_over_1_mib_is_refused_naming_the_body(admin, portal_settings):
    before = database_rows(portal_settings.database)

    answer = admin.call("POST", "/persons", json={"name": "张" * ONE_MIB})

    assert (answer.status_code, answer.json()) == (
        413, {"error": "body: at most 1048576 bytes (1 MiB)", "field": "body"})
    assert database_rows(portal_settings.database) == before


def test_a_control_call_over_another_limit_is_refused_naming_the_limit_in_force(
        worker_apps, portal_settings):
    settings = dataclasses.replace(portal_settings, max_body_bytes=2 * ONE_MIB)
    admin = ControlApi.over_flask(worker_apps.fresh(settings).portal.test_client(),
                                  settings.portal_url)

    answer = admin.call("POST", "/persons", json={"name": "张" * ONE_MIB})

    assert (answer.status_code, answer.json()) == (
        413, {"error": "body: at most 2097152 bytes (2 MiB)", "field": "body"})


# characters that are no writing, bytes that are not UTF-8 ------------------------------------


@pytest.mark.parametrize("comment", ["办得很快\x00", "办得\x1b[31m很快", "办得\u202e快很",
                                     "办得\x08很快", "办得很快\ufffd"],
                         ids=["nul", "escape-sequence", "bidi-override", "backspace",
                              "replacement-character"])
def test_a_comment_with_characters_that_are_no_writing_is_refused_and_not_stored(
        user, case_number, comment):
    user.open(f"/declaration/evaluate/{case_number}")

    page = user.post(f"/declaration/evaluate/{case_number}", {"score": "5", "comment": comment})

    assert (page.status_code, alert_of(page)) == (400, UNREADABLE_COMMENT)
    assert "我的评价" not in text_of(user.open(f"/space/progress/cases/{case_number}"))


def test_a_comment_sent_in_gbk_instead_of_utf8_is_refused_and_not_stored(user, case_number,
                                                                         portal_settings):
    user.open(f"/declaration/evaluate/{case_number}")
    body = (f"csrf_token={user.csrf_token()}&score=5"
            "&comment=%B0%EC%B5%C3%BA%DC%BF%EC")  # 办得很快 in GBK
    before = database_rows(portal_settings.database)

    page = user.transport.send(
        "POST", user.origins["portal"] + f"/declaration/evaluate/{case_number}", content=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"})

    assert (page.status_code, alert_of(page)) == (400, NOT_UTF8)
    assert database_rows(portal_settings.database) == before


@pytest.mark.parametrize("origin", ["portal", "idp"])
def test_a_query_that_is_not_utf8_is_refused_on_both_origins(user, origin):
    path = {"portal": "/search?q=%B0%EC%CA%C2", "idp": "/renzheng/open/register?phone=%FF"}

    page = user.open(path[origin], origin=origin)

    assert (page.status_code, alert_of(page)) == (400, NOT_UTF8)


def test_line_breaks_and_tabs_in_a_comment_are_kept(user, case_number):
    user.open(f"/declaration/evaluate/{case_number}")

    page = user.post(f"/declaration/evaluate/{case_number}",
                     {"score": "4", "comment": "办得很快\r\n\t谢谢"})

    assert page.status_code == 200
    assert "我的评价 4星：办得很快 谢谢" in text_of(user.open(f"/space/progress/cases/{case_number}"))


# SQL-looking strings --------------------------------------------------------------------------


def test_a_sql_looking_comment_is_stored_and_shown_verbatim(user, case_number, admin, persona):
    user.open(f"/declaration/evaluate/{case_number}")

    user.post(f"/declaration/evaluate/{case_number}", {"score": "3", "comment": SQL})

    assert f"我的评价 3星：{SQL}" in text_of(user.open(f"/space/progress/cases/{case_number}"))
    assert [case["number"] for case in admin.cases(persona.id_number)] == [case_number]


def test_markup_in_a_comment_is_shown_as_text_on_the_case(user, case_number):
    user.open(f"/declaration/evaluate/{case_number}")
    user.post(f"/declaration/evaluate/{case_number}",
              {"score": "4", "comment": '<img src=x onerror="alert(1)">好'})

    page = user.open(f"/space/progress/cases/{case_number}")

    assert "4星：&lt;img src=x onerror=&#34;alert(1)&#34;&gt;好" in page.text
    assert "<img src=x" not in page.text


def test_a_sql_looking_name_is_stored_and_greeted_verbatim(make_user, admin):
    name = "李'); DROP TABLE persons;--"
    browser, person = make_user(name=name)

    page = browser.log_in_from_portal("/space/")

    assert f"您好，{name}" in text_of(page)
    assert admin.person(person.phone).name == name


def test_a_sql_looking_search_finds_nothing_and_shows_the_words_verbatim(client):
    page = client.get("/search", query_string={"q": SQL})

    assert page.status_code == 200
    assert SQL in text_of(page)


def test_a_sql_looking_case_number_search_is_refused_and_kept_in_the_box(user, case_number):
    page = user.open(f"/space/progress/cases?number={SQL.replace(' ', '%20')}")

    assert (page.status_code, alert_of(page)) == (
        400, "请输入办件单号（45位数字）或其中连续的几位数字。")
    assert form_fields(page)["number"] == SQL


# secrets typed in any script: a refusal, never a 500 ------------------------------------------


def test_a_password_in_chinese_is_a_wrong_password(user):
    user.open_login_page()

    page = user.log_in(password="密码\u202e错")

    assert (page.status_code, alert_of(page)) == (400, "用户名或密码错误")


def test_a_callback_state_in_chinese_is_refused(user, client):
    user.open_login_page()

    page = client.get("/oauth/callback", query_string={"code": "x", "state": "状态"})

    assert (page.status_code, alert_of(page)) == (400, "登录状态校验失败，请重新登录。")


def test_a_form_token_in_chinese_is_refused(user, admin, persona):
    user.reach_form()

    page = user.post("/declaration/form", {"wage": "6500", "cycle": "按月缴费",
                                           "action": "save_draft", "csrf_token": "令牌"})

    assert (page.status_code, alert_of(page)) == (400, "页面已过期或请求无效，请刷新页面后重试。")


def test_a_submission_key_in_chinese_makes_no_case(user, admin, persona):
    user.reach_confirmation("6000")

    user.post("/declaration/confirm", {"submission_key": "钥匙", "action": "submit"})

    assert (user.path, admin.cases(persona.id_number)) == ("/declaration/form", [])


def test_a_client_secret_in_chinese_is_an_invalid_client(idp_client):
    answer = idp_client.post(TOKEN, data={"grant_type": "authorization_code", "code": "x",
                                          "client_id": "bjzwfw-portal", "client_secret": "秘密",
                                          "redirect_uri": "http://127.0.0.1:8000/oauth/callback"})

    assert (answer.status_code, answer.get_json()["error"]) == (401, "invalid_client")


# cookie flags -------------------------------------------------------------------------------------


def test_both_session_cookies_are_http_only_same_site_lax_and_host_only(client, idp_client):
    portal_cookie = client.get("/declaration/start/110108-00").headers.getlist("Set-Cookie")
    idp_cookie = idp_client.get(authorize_path()).headers.getlist("Set-Cookie")

    flags = [sorted(part.strip().split("=")[0] for part in cookie.split(";")[1:])
             for cookie in (*portal_cookie, *idp_cookie)]

    assert [cookie.split("=")[0] for cookie in (*portal_cookie, *idp_cookie)] == [
        "portal_session", "idp_session"]
    assert flags == [["HttpOnly", "Path", "SameSite"]] * 2
    assert all("; Path=/;" in c and "SameSite=Lax" in c for c in (*portal_cookie, *idp_cookie))


# another person's evaluation ----------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_another_persons_evaluation_is_not_found_and_nothing_stored(user, case_number,
                                                                    make_user, method):
    other, _ = make_user()
    other.log_in_from_portal("/space/")

    page = (other.open(f"/declaration/evaluate/{case_number}") if method == "GET" else
            other.post(f"/declaration/evaluate/{case_number}", {"score": "1", "comment": "差"}))

    assert (page.status_code, alert_of(page)) == (404, "未找到该办件。")
    assert "我的评价" not in text_of(user.open(f"/space/progress/cases/{case_number}"))
