"""Every page and redirect of the documented journey, through the Flask test clients."""

from __future__ import annotations

import re

import pytest

from mock_portal import portal, server
from mock_portal.config import Settings
from support.expected import (
    DISTRICTS,
    GUIDE_DAY,
    HAIDIAN_CENTRE_ROW,
    HAIDIAN_GUIDE_STREETS,
    HAIDIAN_ROWS,
    ITEM,
    NOTICE_RULES,
    ZHANG_SAN,
)
from support.html import (
    alert_of,
    chooser_links,
    form_fields,
    list_items,
    office_rows,
    query_of,
    readonly_fields,
    table_rows,
    text_by_testid,
    text_of,
)

# 第1步 首都之窗: home and search ------------------------------------------------------------


def test_home_page_offers_the_search_box_and_the_item(client):
    page = client.get("/")

    assert page.status_code == 200
    assert "<title>首都之窗_北京市人民政府门户网站</title>" in page.text
    assert 'action="/search"' in page.text
    assert "热门服务：灵活就业人员社会保险缴费申报与变更" in text_of(page)


@pytest.mark.parametrize(
    "query",
    ["灵活就业人员社会保险缴费申报与变更", "灵活就业", "社保缴费", " 缴费 申报 "],
    ids=["full-name", "keyword", "other-keyword", "keyword-with-spaces"],
)
def test_search_finds_the_item_with_its_guide_and_apply_links(client, query):
    page = client.get("/search", query_string={"q": query})

    body = page.text
    assert page.status_code == 200
    assert "共找到1条相关事项" in text_of(page)
    assert "【灵活就业人员社会保险缴费申报与变更】" in text_of(page)
    assert '<a href="/item/guide">【办事指南】</a>' in body
    assert '<a href="/item/apply">【在线办理】</a>' in body


def test_search_for_another_subject_finds_nothing(client):
    page = client.get("/search", query_string={"q": "护照办理"})

    assert "未找到与“护照办理”相关的结果，请更换关键词后重试。" in text_of(page)
    assert "【在线办理】" not in text_of(page)


def test_search_words_are_shown_escaped(client):
    page = client.get("/search", query_string={"q": "<b>护照</b>"})

    assert "未找到与“&lt;b&gt;护照&lt;/b&gt;”相关的结果" in page.text


@pytest.mark.parametrize("query", ["", "   "], ids=["empty", "only-spaces"])
def test_empty_search_asks_for_a_keyword(client, query):
    page = client.get("/search", query_string={"q": query})

    assert alert_of(page) == "请输入搜索关键词"


# 办事指南 --------------------------------------------------------------------------------------


def test_guide_states_the_four_rules_verbatim(client):
    page = client.get("/item/guide")

    assert page.status_code == 200
    assert list_items(page, r'<div class="card notice">') == NOTICE_RULES


def test_guide_shows_the_current_contribution_year_and_its_limits(client, clock):
    clock.freeze(GUIDE_DAY)

    page = client.get("/item/guide")

    assert "当前缴费年度 2021年7月至2022年6月，缴费基数下限5360元，上限28221元" in text_of(page)


def test_guide_of_an_office_row_names_the_office(client):
    page = client.get("/item/guide", query_string={"office": "110108-010"})

    assert ("办理地点 【海淀区学院路街道】北京市海淀区学院路6号院路路街道便民服务中心综合窗口"
            "（北京市海淀区学院路6号院）") in text_of(page)


# 第3步 在线办理: the district and office chooser -----------------------------------------------


def test_office_chooser_offers_the_seventeen_areas_in_the_guides_order(client):
    page = client.get("/item/apply")

    assert page.status_code == 200
    assert chooser_links(page, "区") == DISTRICTS
    assert "请选择参保所在区，查看办理地点。" in text_of(page)


def test_haidian_lists_the_guides_seven_office_rows_verbatim(client):
    page = client.get("/item/apply", query_string={"district": "110108"})

    assert page.status_code == 200
    assert office_rows(page) == HAIDIAN_ROWS


def test_haidian_street_chooser_offers_the_guides_streets(client):
    page = client.get("/item/apply", query_string={"district": "110108"})

    streets = chooser_links(page, "街道/乡镇")
    assert len(streets) == 29
    for street in HAIDIAN_GUIDE_STREETS:
        assert street in streets


def test_office_row_has_location_guide_and_apply(client):
    page = client.get("/item/apply", query_string={"district": "110108"})

    body = page.text
    assert '<button type="button" class="btn-link show-location"' in body
    assert "查看位置" in text_of(page)
    assert "地址：北京市海淀区西四环北路73号" in text_of(page)
    assert '<a href="/item/guide?office=110108-00">办事指南</a>' in body
    assert '<a href="/declaration/start/110108-00">在线办理</a>' in body


def test_choosing_a_street_keeps_the_district_centre_and_that_streets_row(client):
    page = client.get("/item/apply", query_string={"district": "110108", "street": "110108010"})

    assert office_rows(page) == [
        HAIDIAN_CENTRE_ROW,
        "【海淀区学院路街道】北京市海淀区学院路6号院路路街道便民服务中心综合窗口",
    ]


def test_economic_zone_has_one_office_and_no_streets(client):
    page = client.get("/item/apply", query_string={"district": "110115403"})

    assert office_rows(page) == ["【经济开发区】北京经济技术开发区政务服务中心社保综合窗口"]
    assert "（本区域无街道/乡镇可选）" in text_of(page)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"district": "110100"}, "未找到该区域"),
        ({"district": "110108", "street": "110108999"}, "未找到该街道/乡镇"),
        ({"district": "110108", "street": "110101001"}, "未找到该街道/乡镇"),
    ],
    ids=["unknown-district", "unknown-street", "street-of-another-district"],
)
def test_unknown_place_in_the_chooser_is_not_found_in_chinese(client, query, message):
    page = client.get("/item/apply", query_string=query)

    assert page.status_code == 404
    assert alert_of(page) == message


# 第4步 login redirect ------------------------------------------------------------------------


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


def test_identity_platform_login_page_carries_the_authorization_request(user):
    page = user.choose_office()

    assert user.origin == "idp"
    assert "北京市统一身份认证平台 请您登录" in text_of(page)
    assert "中华人民共和国居民身份证、港澳居民来往内地通行证、外国人永久居留身份证" in text_of(page)
    fields = form_fields(page)
    assert (fields["client_id"], fields["redirect_uri"], fields["scope"], fields["response_type"]) \
        == ("bjzwfw-portal", "http://127.0.0.1:8000/oauth/callback", "user_info", "code")
    assert 'placeholder="用户名/手机号/身份证号"' in page.text
    assert 'placeholder="请输入图形验证码"' in page.text


def test_after_login_the_person_reaches_the_notice_of_the_chosen_office(user, persona):
    user.choose_office("110108-010")

    page = user.log_in()

    assert user.path == "/declaration/notice"
    assert user.redirects[0].startswith("http://127.0.0.1:8000/oauth/callback?code=")
    assert f"您好，{persona.name}" in text_of(page)
    assert "办理地点：【海淀区学院路街道】北京市海淀区学院路6号院路路街道便民服务中心综合窗口" \
        in text_of(page)


# 第5步 用户须知 ---------------------------------------------------------------------------------


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


# 第6步 在线填表 ---------------------------------------------------------------------------------


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


# 第7步 信息确认 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "applied", "explanation"),
    [
        ("3000", "5360",
         "您填报的缴费工资为3000元，填报工资低于本缴费年度缴费基数下限5360元，以下限作为缴费基数。"),
        ("30000", "28221",
         "您填报的缴费工资为30000元，填报工资高于本缴费年度缴费基数上限28221元，以上限作为缴费基数。"),
        ("6000.5", "6000.50", None),
        ("5360", "5360", None),
    ],
    ids=["below-lower-limit", "above-upper-limit", "within-limits", "at-lower-limit"],
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


# 第8步 申请提交成功 -----------------------------------------------------------------------------


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
        "text": "【北京市政务服务网】您申请的“灵活就业人员社会保险缴费申报与变更”"
                "（办件单号：111101086949863441300201400300202202206110001）已提交，"
                "预计于今日完成办结，请耐心等待。",
    }]


# 第10步 用户空间 --------------------------------------------------------------------------------


def test_my_space_needs_a_login(client):
    page = client.get("/space/")

    assert (page.status_code, page.headers["Location"]) == (302, "/login?next=/space/")


def test_my_space_shows_the_name_the_masked_phone_and_the_counts(user, persona):
    user.declare()

    page = user.open("/space/")

    phone = persona.phone
    assert f"姓名 {persona.name}" in text_of(page)
    assert f"手机号 {phone[:3]}****{phone[-4:]}" in text_of(page)
    assert "我的办件 共1件，已办结0件" in text_of(page)
    assert '<a class="btn" href="/space/progress">办件进度</a>' in page.text


def test_progress_counts_cases_by_status(user):
    user.declare()

    page = user.open("/space/progress")

    assert table_rows(page, "办件统计") == [
        ["全部", "已提交", "已受理", "已办结", "已撤回"],
        ["1", "1", "0", "0", "0"],
    ]
    assert '<a class="btn" href="/space/progress/cases">我的办件</a>' \
        in page.text


def test_my_cases_lists_the_cases_newest_first_the_superseded_one_withdrawn(user, clock):
    clock.freeze(GUIDE_DAY)
    first = user.declare("6000")
    second = user.declare("7000")

    page = user.open("/space/progress/cases")

    assert table_rows(page, "我的办件") == [
        ["办件单号", "申请事项", "申请时间", "办件状态", "操作"],
        [second, ITEM, "2022-06-11 09:30", "已提交", "查看详情"],
        [first, ITEM, "2022-06-11 09:30", "已撤回", "查看详情"],
    ]
    assert f'href="/space/progress/cases/{first}"' in page.text


def test_my_cases_without_cases_says_so(user):
    user.log_in_from_portal()

    page = user.open("/space/progress/cases")

    assert "暂无办件" in text_of(page)


def test_case_detail_shows_the_values_the_status_and_the_history(user, persona, clock):
    clock.freeze(GUIDE_DAY)
    number = user.declare("3000", "按季度缴费")

    page = user.open(f"/space/progress/cases/{number}")

    assert text_by_testid(page, "case-number") == "111101086949863441300201400300202202206110001"
    assert text_by_testid(page, "case-status") == "已提交"
    assert text_by_testid(page, "applied-base") == "5360"
    for text in (
        "申请事项 灵活就业人员社会保险缴费申报与变更",
        "申请时间 2022-06-11 09:30:00",
        f"办理地点 {HAIDIAN_CENTRE_ROW}",
        "办理部门 北京市海淀区社会保险事业管理中心",
        f"姓名 {persona.name}",
        f"个人身份证号 {persona.id_number}",
        "缴费年度 2021年7月至2022年6月",
        "填报缴费工资(元) 3000",
        "说明 填报工资低于本缴费年度缴费基数下限5360元，以下限作为缴费基数",
        "缴费周期 按季度缴费",
    ):
        assert text in text_of(page)
    assert table_rows(page, "办理过程") == [["时间", "状态"], ["2022-06-11 09:30:00", "已提交"]]


def test_case_detail_of_another_persons_case_is_not_found(user, make_user):
    number = user.declare()
    other, _ = make_user()
    other.log_in_from_portal()

    page = other.open(f"/space/progress/cases/{number}")

    assert page.status_code == 404
    assert alert_of(page) == "未找到该办件。"


# 立即评价 ----------------------------------------------------------------------------------------


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


# 短信发件箱 ---------------------------------------------------------------------------------------


def test_outbox_lists_every_message_newest_first(client, make_user, clock):
    clock.freeze(GUIDE_DAY)
    first, first_person = make_user()
    second, second_person = make_user()
    first_number = first.declare(office_id="110108-00")
    second_number = second.declare(office_id="110101-00")

    page = client.get("/__outbox/")

    assert list_items(page, r'<ul aria-label="短信列表"[^>]*>') == [
        f"{second_person.phone} · 2022-06-11 09:30:00"
        f"【北京市政务服务网】您申请的“{ITEM}”（办件单号：{second_number}）已提交，"
        "预计于今日完成办结，请耐心等待。",
        f"{first_person.phone} · 2022-06-11 09:30:00"
        f"【北京市政务服务网】您申请的“{ITEM}”（办件单号：{first_number}）已提交，"
        "预计于今日完成办结，请耐心等待。",
    ]


def test_outbox_filtered_by_phone_shows_only_that_phone(client, make_user):
    first, first_person = make_user()
    second, second_person = make_user()
    first.declare()
    second.declare()

    page = client.get("/__outbox/", query_string={"phone": first_person.phone})

    messages = list_items(page, r'<ul aria-label="短信列表"[^>]*>')
    assert len(messages) == 1
    assert messages[0].startswith(first_person.phone + " · ")
    assert second_person.phone not in text_of(page)
    assert '<a href="/__outbox/">全部短信</a>' in page.text


def test_outbox_for_a_phone_without_messages_says_so(client):
    page = client.get("/__outbox/", query_string={"phone": "13700000000"})

    assert "暂无短信" in text_of(page)


# outside test mode ---------------------------------------------------------------------------


@pytest.fixture
def production_client(tmp_path):
    """A portal without --test-mode."""
    settings = Settings(database=str(tmp_path / "prod.db"))
    server.prepare(settings)
    return portal.create_app(settings).test_client()


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


def test_post_to_a_path_that_does_not_exist_is_not_found(client):
    response = client.post("/no-such-page", data={"x": "1"})

    assert response.status_code == 404
    assert alert_of(response) == "您访问的页面不存在或已删除。"


def test_portal_without_test_mode_has_no_outbox_link(production_client):
    page = production_client.get("/")

    assert "短信发件箱" not in text_of(page)
