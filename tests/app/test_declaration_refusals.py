"""What the declaration's forms refuse (declaration blueprint): the wage, the cycle, read-only
fields, CSRF tokens, unknown offices."""

from __future__ import annotations

import pytest

from support.expected import GUIDE_DAY
from support.html import alert_of, form_fields, text_by_testid, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.form, pytest.mark.eligibility, pytest.mark.retirement]

PORTAL_CSRF_MESSAGE = "页面已过期或请求无效，请刷新页面后重试。"


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


# 缴费工资 and 缴费周期 -----------------------------------------------------------------------------------


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


# read-only fields --------------------------------------------------------------------------------


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


# CSRF --------------------------------------------------------------------------------------------


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


# unknown office ----------------------------------------------------------------------------------


@pytest.mark.parametrize("office_id", ["110108-999", "nonsense", "110100-00"],
                         ids=["unknown-street-office", "nonsense", "unknown-district"])
def test_unknown_office_at_declaration_start_is_not_found(client, office_id):
    page = client.get(f"/declaration/start/{office_id}")

    assert page.status_code == 404
    assert alert_of(page) == "未找到该办理地点"
