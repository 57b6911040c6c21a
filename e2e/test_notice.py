"""第5步: 用户须知 — the rules, and 进入办事 only once the agreement is ticked."""

import pytest
from playwright.sync_api import expect

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.form]


def test_enter_is_disabled_until_the_agreement_is_ticked(notice):
    expect(notice.agreement).not_to_be_checked()
    expect(notice.enter_button).to_be_disabled()

    notice.agree()

    expect(notice.enter_button).to_be_enabled()


def test_unticking_the_agreement_disables_enter_again(notice):
    notice.agree()

    notice.withdraw_agreement()

    expect(notice.enter_button).to_be_disabled()


def test_entering_after_ticking_opens_the_form(notice):
    form = notice.agree().enter()

    expect(form.progress.steps).to_have_text(["1 在线填表", "2 信息确认"])


def test_the_notice_shows_the_scope_the_rules_and_the_acknowledgement(notice):
    expect(notice.item_name).to_have_text("灵活就业人员社会保险缴费申报与变更")
    expect(notice.page.get_by_text("智能网办，为您提供在线贴身政务服务")).to_be_visible()
    expect(notice.lead).to_be_visible()
    expect(notice.rules).to_have_count(4)
    expect(notice.rules.nth(3)).to_have_text(
        "选择按季度、按半年或按年缴费的，本人在选择缴费时段内申请暂停缴费，暂停缴费当月及以后月份已缴纳的"
        "养老保险费、失业保险费应退还本人；对尚未完成缴费的，可自愿选择缴纳未缴月份的养老保险费、失业保险费。")
    expect(notice.acknowledgement).to_have_text(
        "本人已认真阅读并知悉以上所示内容，并自愿承担因本次申报而产生的相关结果。")
