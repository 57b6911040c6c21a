"""The operations guide's ten steps, as the guide shows them, on its own sample day 2022-06-11.

How a 办件单号 is made (the Beijing date after midnight, another district's department) is held
by tests/unit/test_case_numbers.py and tests/app/test_declaration_cases.py."""

import re

import pytest
from playwright.sync_api import expect

from pages import ITEM_NAME, Journey, JourneyStepError
from support.expected import (
    BELOW_LOWER,
    CLAMP_NOTE,
    CONTRIBUTION_YEAR,
    GUIDE_DAY,
    HAIDIAN_CENTRE_ROW,
    LIMITS_HINT,
    MONTHLY_AMOUNTS,
    NOTICE_RULES,
    SEARCH_FOUND_ONE,
    SMS_SUBMITTED,
)

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.case_number, pytest.mark.accessibility]

#: 缴费年度 on the guide's sample day.
YEAR_2021 = CONTRIBUTION_YEAR.format(start=2021, end=2022)


# The desktop only: at a phone's width test_screens walks the same ten steps and pictures them;
# the texts checked here are the same at any width.
@pytest.mark.portal_wide("clock")
def test_the_guides_sample_step_by_step(page, make_persona, clock, admin):
    clock.set(GUIDE_DAY, frozen=True)
    persona = make_persona()
    journey = Journey(page)

    # 第1步 登录首都之窗网站，搜索事项
    results = journey.search_item()
    expect(results.summary).to_have_text(SEARCH_FOUND_ONE)
    expect(results.result(ITEM_NAME)).to_contain_text("【灵活就业人员社会保险缴费申报与变更】")

    # 第2步 在事项后点击【在线办理】
    chooser = journey.open_online_service(results)
    expect(chooser.item_name).to_have_text("事项名称：灵活就业人员社会保险缴费申报与变更")
    expect(chooser.choose_area_heading).to_be_visible()

    # 第3步 选择参保所在区，点击【在线办理】
    login = journey.choose_office(chooser, "海淀区")
    expect(login.documents).to_have_text(
        "中华人民共和国居民身份证、港澳居民来往内地通行证、外国人永久居留身份证")
    expect(login.account_tab).to_have_attribute("aria-selected", "true")
    expect(login.hint).to_be_visible()
    expect(login.account).to_have_attribute("placeholder", "用户名/手机号/身份证号")
    expect(login.password).to_have_attribute("placeholder", "密码")
    expect(login.captcha).to_have_attribute("placeholder", "请输入图形验证码")

    # 第4步 登录北京市统一身份认证平台 (北京通 account, password, captcha 1488)
    notice = journey.log_in(login, persona)
    expect(notice.header.greeting).to_have_text(f"您好，{persona.name}")
    expect(notice.scope).to_have_text("本事项目前仅支持在本市正常参保的灵活就业人员个人办理。")
    expect(notice.rules).to_have_text(NOTICE_RULES)
    expect(notice.agreement).not_to_be_checked()
    expect(notice.enter_button).to_be_disabled()
    expect(notice.office).to_have_text(f"办理地点：{HAIDIAN_CENTRE_ROW}")

    # 第5步 阅读用户须知，勾选并进入办事
    form = journey.read_notice(notice)
    expect(form.progress.current_step).to_have_text("1 在线填表")
    expect(form.name).to_have_value(persona.name)
    expect(form.name).not_to_be_editable()
    expect(form.id_number).to_have_value(persona.id_number)
    expect(form.id_number).not_to_be_editable()
    expect(form.wage).to_have_attribute("placeholder", "请输入金额以确认新缴费年度的缴费")
    expect(form.cycle).to_have_value("按月缴费")
    expect(form.limits_hint).to_have_text(
        LIMITS_HINT.format(year=YEAR_2021, lower="5360", upper="28221"))

    # 第6步 在线填表: a wage below the 2021 lower limit
    confirmation = journey.fill_in_form(form, "3000")
    expect(confirmation.progress.current_step).to_have_text("2 信息确认")
    expect(confirmation.name).to_have_text(persona.name)
    expect(confirmation.id_number).to_have_text(persona.id_number)
    expect(confirmation.wage).to_have_text("5360")
    expect(confirmation.cycle).to_have_text("按月缴费")
    expect(confirmation.contribution_year).to_have_text(YEAR_2021)
    expect(confirmation.monthly_amounts).to_have_text(
        MONTHLY_AMOUNTS.format(pension="1072.00", unemployment="53.60", total="1125.60"))
    expect(confirmation.clamp_note).to_have_text(
        CLAMP_NOTE.format(typed="3000", reason=BELOW_LOWER.format(limit="5360")))

    # 第7步 信息确认，点击【提交】
    success = journey.submit(confirmation)
    expect(success.received).to_be_visible()
    expect(success.item_name).to_have_text(ITEM_NAME)
    expect(success.reminder).to_be_visible()
    expect(success.my_space_link).to_be_visible()
    expect(success.evaluate_link).to_be_visible()

    # 第8步 办件提交成功: 45 characters — department, item, handling suffix, date, sequence
    number = journey.read_case_number(success)
    expect(success.case_number).to_have_text(
        re.compile(r"^111101086949863441" r"3002014003002" r"02" r"20220611" r"\d{4}$"))
    assert len(number) == 45
    assert number[-4:] != "0000"
    assert [case["number"] for case in admin.cases(persona.id_number)] == [number]

    # 第9步 办件短信反馈
    outbox = journey.read_sms(success, persona.phone)
    expect(outbox.messages).to_have_count(1)
    expect(outbox.text_of(outbox.latest)).to_have_text(SMS_SUBMITTED.format(number=number))
    expect(outbox.latest).to_contain_text(f"{persona.phone} · 2022-06-11 09:30:00")

    # 第10步 进入用户空间查看办件
    detail = journey.view_case(outbox, number)
    expect(detail.case_number).to_have_text(number)
    expect(detail.status).to_have_text("已提交")
    expect(detail.fact("申请事项")).to_have_text(ITEM_NAME)
    expect(detail.fact("申请时间")).to_have_text("2022-06-11 09:30:00")
    expect(detail.fact("办理地点")).to_have_text(HAIDIAN_CENTRE_ROW)
    expect(detail.fact("办理部门")).to_have_text("北京市海淀区社会保险事业管理中心")
    expect(detail.fact("姓名")).to_have_text(persona.name)
    expect(detail.fact("个人身份证号")).to_have_text(persona.id_number)
    expect(detail.fact("缴费年度")).to_have_text("2021年7月至2022年6月")
    expect(detail.fact("填报缴费工资(元)")).to_have_text("3000")
    expect(detail.applied_base).to_have_text("5360")
    expect(detail.fact("缴费周期")).to_have_text("按月缴费")


def test_a_failing_step_is_named_as_in_the_guide(page):
    journey = Journey(page)
    chooser = journey.open_online_service(journey.search_item())
    # 第3步 looks for a district that is not there and fails at the timeout: a short one for it
    # alone (run() takes each step through these same methods).
    page.set_default_timeout(100)

    with pytest.raises(JourneyStepError, match=r"^第3步 选择参保所在区，点击【在线办理】: "):
        journey.choose_office(chooser, "不存在区")
