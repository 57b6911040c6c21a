"""The declaration's pages (declaration blueprint): 用户须知, 在线填表 and its drafts, 信息确认,
申请提交成功, 立即评价."""

from __future__ import annotations

import re

import pytest

from support.expected import GUIDE_DAY, NOTICE_RULES
from support.html import alert_of, form_fields, list_items, readonly_fields, text_by_testid, text_of
from support.portal_user import PortalUser

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.form, pytest.mark.limits, pytest.mark.case_number, pytest.mark.sms, pytest.mark.retirement,
              pytest.mark.evaluation]


@pytest.fixture
def form_open(user, clock):
    """The persona on 在线填表 at GUIDE_DAY (frozen), logged in."""
    clock.freeze(GUIDE_DAY)
    user.reach_form()
    return user


# 第5步 用户须知 ----------------------------------------------------------------------------------------


def test_notice_shows_scope_rules_acknowledgement_and_agreement(user):
    user.choose_office()

    page = user.log_in()

    assert "本事项目前仅支持在本市正常参保的灵活就业人员个人办理。" in text_of(page)
    assert "办理该事项需要您知悉以下内容：" in text_of(page)
    assert list_items(page, r'<div class="card notice">') == NOTICE_RULES
    assert "本人已认真阅读并知悉以上所示内容，并自愿承担因本次申报而产生的相关结果。" in text_of(page)
    assert "本人已阅读并同意《北京市政务服务网申报须知》" in text_of(page)
    assert '<input type="checkbox" name="agree" value="yes" id="agree">' \
        in page.text
    assert "进入办事" in text_of(page)


def test_entering_without_ticking_the_agreement_is_refused(user):
    user.choose_office()
    user.log_in()

    page = user.enter_without_agreeing()

    assert page.status_code == 400
    assert alert_of(page) == "请先阅读并勾选“本人已阅读并同意《北京市政务服务网申报须知》”"
    assert user.path == "/declaration/notice"


def test_form_before_agreeing_leads_back_to_the_notice(user):
    user.choose_office()
    user.log_in()

    user.open("/declaration/form")

    assert user.redirects == ["/declaration/notice"]


def test_notice_without_a_chosen_office_leads_to_the_chooser(user):
    user.log_in_from_portal()

    user.open("/declaration/notice")

    assert user.redirects == ["/item/apply"]


# 第6步 在线填表 ----------------------------------------------------------------------------------------


def test_form_is_prefilled_with_the_logged_in_name_and_id_number_read_only(user, persona):
    page = user.reach_form()

    assert page.status_code == 200
    fields = form_fields(page)
    assert (fields["name"], fields["id_number"], fields["wage"], fields["cycle"]) == (
        persona.name, persona.id_number, "", "按月缴费")
    assert {"name", "id_number"} <= readonly_fields(page)
    assert "wage" not in readonly_fields(page)
    body = page.text
    assert 'placeholder="请输入金额以确认新缴费年度的缴费"' in body
    assert re.findall(r"<option [^>]*>([^<]+)</option>", body) == [
        "按月缴费", "按季度缴费", "按半年缴费", "按年缴费"]
    assert list_items(page, r'<ol class="progress"[^>]*>') == ["1 在线填表", "2 信息确认"]


def test_form_states_the_limits_of_the_contribution_year(user, clock):
    clock.freeze(GUIDE_DAY)

    page = user.reach_form()

    assert "本缴费年度（2021年7月至2022年6月）缴费基数下限5360元，上限28221元" in text_of(page)


def test_the_form_labels_the_wage_field_by_its_name(user):
    page = user.reach_form()

    # The label names the field a screen reader announces and a click focuses.
    assert '<label for="wage"><span class="required">*</span> 缴费工资(元)</label>' in page.text
    assert '<input id="wage" name="wage"' in page.text


def test_saving_a_draft_says_so_and_stores_no_case(user, admin, persona):
    user.reach_form()

    page = user.save_draft("6500", "按季度缴费")

    assert page.status_code == 200
    assert "草稿已保存" in text_of(page)
    assert (form_fields(page)["wage"], form_fields(page)["cycle"]) == ("6500", "按季度缴费")
    assert admin.cases(persona.id_number) == []


def test_saved_draft_comes_back_on_the_next_visit(user, clock):
    clock.freeze(GUIDE_DAY)
    user.reach_form()
    user.save_draft("6500", "按季度缴费")

    page = user.open("/declaration/form")

    assert (form_fields(page)["wage"], form_fields(page)["cycle"]) == ("6500", "按季度缴费")
    assert "已恢复您于2022-06-11 09:30保存的草稿" in text_of(page)


def test_saved_draft_comes_back_after_logging_in_again(user):
    user.reach_form()
    user.save_draft("7000.50", "按年缴费")
    user.log_out()

    page = user.reach_form()

    assert user.logged_in
    assert (form_fields(page)["wage"], form_fields(page)["cycle"]) == ("7000.50", "按年缴费")


def test_previous_on_the_form_keeps_the_typed_values(user):
    user.reach_form()
    user.fill_in("6500", "按季度缴费", action="previous")
    assert user.path == "/declaration/notice"

    page = user.agree_to_notice()

    assert (form_fields(page)["wage"], form_fields(page)["cycle"]) == ("6500", "按季度缴费")


def test_previous_on_the_form_returns_to_the_notice(user):
    user.reach_form()

    user.fill_in("6500", "按季度缴费", action="previous")

    assert user.redirects == ["/declaration/notice"]
    assert "用户须知" in text_of(user.page)


def test_previous_on_the_confirmation_returns_to_the_form_with_the_values(user):
    user.reach_confirmation("6500.5", "按半年缴费")

    page = user.submit(action="previous")

    assert user.path == "/declaration/form"
    assert (form_fields(page)["wage"], form_fields(page)["cycle"]) == ("6500.5", "按半年缴费")


# 在线填表 posted after the session expired comes back as a draft -------------------------------------


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


# 第7步 信息确认 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "applied", "explanation"),
    [
        ("3000", "5360",
         "您填报的缴费工资为3000元，填报工资低于本缴费年度缴费基数下限5360元，以下限作为缴费基数。"),
        ("30000", "28221",
         "您填报的缴费工资为30000元，填报工资高于本缴费年度缴费基数上限28221元，以上限作为缴费基数。"),
        ("6000.5", "6000.50", None),
        ("5360", "5360", None),
        ("28221", "28221", None),
    ],
    ids=["below-lower-limit", "above-upper-limit", "within-limits", "at-lower-limit",
         "at-upper-limit"],
)
def test_confirmation_shows_the_applied_base_and_why(user, persona, clock, typed, applied,
                                                      explanation):
    clock.freeze(GUIDE_DAY)

    page = user.reach_confirmation(typed, "按季度缴费")

    assert text_by_testid(page, "applied-base") == applied
    assert f"姓名 {persona.name}" in text_of(page)
    assert f"个人身份证号 {persona.id_number}" in text_of(page)
    assert "缴费周期 按季度缴费" in text_of(page)
    assert "缴费年度 2021年7月至2022年6月" in text_of(page)
    if explanation:
        assert explanation in text_of(page)
    else:
        assert "您填报的缴费工资为" not in text_of(page)


def test_confirmation_offers_previous_and_submit_with_a_submission_key(user):
    page = user.reach_confirmation("6000")

    assert list_items(page, r'<ol class="progress"[^>]*>') == ["1 在线填表", "2 信息确认"]
    assert 'aria-current="step">2 信息确认' in page.text
    assert len(form_fields(page)["submission_key"]) >= 16
    assert "上一步" in text_of(page) and "提交" in text_of(page)


# 第8步 申请提交成功 --------------------------------------------------------------------------------------


def test_success_page_shows_the_texts_and_the_case_number(user, clock):
    clock.freeze(GUIDE_DAY)
    user.reach_confirmation("6000")

    page = user.submit()

    assert page.status_code == 200
    assert user.case_number == "111101086949863441300201400300202202206110001"
    assert len(user.case_number) == 45
    for text in ("申请提交成功", "您的申请已经收到，预计于今日完成办结，请耐心等待",
                 "申请事项： 灵活就业人员社会保险缴费申报与变更",
                 "您申请的办件已提交，请您注意查收相关信息。"):
        assert text in text_of(page)
    body = page.text
    assert '<a class="btn secondary" href="/space/">我的空间</a>' in body
    assert ('<a class="btn" href="/declaration/evaluate/'
            '111101086949863441300201400300202202206110001">立即评价</a>') in body


def test_success_page_of_another_persons_case_is_not_found(user, make_user):
    number = user.declare()
    other, _ = make_user()
    other.log_in_from_portal()

    page = other.open(f"/declaration/success/{number}")

    assert page.status_code == 404
    assert alert_of(page) == "未找到该办件。"


def test_submission_sends_an_sms_to_the_logged_in_phone(user, admin, persona, clock):
    clock.freeze(GUIDE_DAY)

    user.declare()

    assert admin.sms(persona.phone) == [{
        "phone": persona.phone,
        "sent_at": "2022-06-11T09:30:00+08:00",
        "state": "已发送",
        "text": "【北京市政务服务网】您申请的“灵活就业人员社会保险缴费申报与变更”"
                "（办件单号：111101086949863441300201400300202202206110001）已提交，"
                "预计于今日完成办结，请耐心等待。",
    }]


# 立即评价 --------------------------------------------------------------------------------------------


def test_evaluation_without_a_score_asks_for_one_and_keeps_the_comment(user):
    number = user.declare()
    user.open(f"/declaration/evaluate/{number}")

    page = user.post(f"/declaration/evaluate/{number}", {"comment": "办得很快"})

    assert page.status_code == 400
    assert alert_of(page) == "请选择满意度"
    assert form_fields(page)["comment"] == "办得很快"


def test_evaluation_with_a_too_long_comment_is_refused(user):
    number = user.declare()
    user.open(f"/declaration/evaluate/{number}")

    page = user.post(f"/declaration/evaluate/{number}", {"score": "5", "comment": "好" * 201})

    assert page.status_code == 400
    assert alert_of(page) == "评价内容不能超过200字"


def test_evaluation_is_thanked_for_and_shown_on_the_case(user):
    number = user.declare()
    user.open(f"/declaration/evaluate/{number}")

    page = user.post(f"/declaration/evaluate/{number}", {"score": "4", "comment": "办得很快"})
    detail = user.open(f"/space/progress/cases/{number}")

    assert page.status_code == 200
    assert "感谢您的评价！您的评价为4星。" in text_of(page)
    assert "我的评价 4星：办得很快" in text_of(detail)


def test_a_second_evaluation_is_refused_in_chinese_and_stores_nothing(user):
    number = user.declare()
    user.open(f"/declaration/evaluate/{number}")
    token = user.csrf_token()  # a second tab, opened before the first evaluation
    user.post(f"/declaration/evaluate/{number}", {"score": "4", "comment": "办得很快"})

    page = user.post(f"/declaration/evaluate/{number}",
                     {"csrf_token": token, "score": "1", "comment": "改主意了"})

    assert page.status_code == 409
    assert alert_of(page) == "该办件已评价，每个办件只能评价一次。"
    assert form_fields(page)["comment"] == "办得很快"
    assert "我的评价 4星：办得很快" in text_of(user.open(f"/space/progress/cases/{number}"))


def test_an_evaluated_case_shows_its_evaluation_without_a_way_to_change_it(user):
    number = user.declare()
    user.open(f"/declaration/evaluate/{number}")
    user.post(f"/declaration/evaluate/{number}", {"score": "5", "comment": ""})

    page = user.open(f"/declaration/evaluate/{number}")

    assert "感谢您的评价！您的评价为5星。" in text_of(page)
    assert "<fieldset disabled>" in page.text
    assert "提交评价" not in page.text


def test_the_detail_offers_立即评价_until_the_case_is_evaluated(user):
    number = user.declare()
    link = f'href="/declaration/evaluate/{number}">立即评价</a>'
    before = user.open(f"/space/progress/cases/{number}")
    user.open(f"/declaration/evaluate/{number}")
    user.post(f"/declaration/evaluate/{number}", {"score": "3", "comment": ""})

    after = user.open(f"/space/progress/cases/{number}")

    assert (link in before.text, link in after.text) == (True, False)
    assert "我的评价 3星" in text_of(after)


def test_someone_elses_case_cannot_be_evaluated(user, make_user):
    number = user.declare()
    other, _ = make_user()
    other.log_in_from_portal("/space/")
    token = other.csrf_token()

    refused = other.post(f"/declaration/evaluate/{number}",
                         {"csrf_token": token, "score": "1", "comment": "别人的"})

    assert (refused.status_code, "未找到该办件。" in text_of(refused)) == (404, True)
    detail = user.open(f"/space/progress/cases/{number}")
    assert "我的评价" not in text_of(detail)
    assert f'href="/declaration/evaluate/{number}">立即评价</a>' in detail.text
