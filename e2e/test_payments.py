"""缴费记录 in 用户空间 (docs/domain.md §2.10): the months of the ledger with what was deducted and
what is still owed. The declaration is made over HTTP and completed, and deductions recorded,
through the control API on a frozen mock clock."""

import pytest
from playwright.sync_api import expect

from pages import MySpacePage
from support.portal_user import PortalUser

DAY = "2026-02-10T09:30:00+08:00"


@pytest.fixture
def approved(portal, admin, clock, persona) -> str:
    """`persona`'s declaration of 7162 元 按季度缴费 on DAY, 已办结 with 通过."""
    clock.freeze(DAY)
    number = PortalUser.over_http(portal, login=persona.phone).declare("7162", "按季度缴费")
    admin.transition(number, "已受理")
    admin.transition(number, "已办结", result="通过")
    return number


def test_payment_records_say_so_before_any_declaration(page, persona, login):
    login(persona)

    records = MySpacePage(page).open().open_payment_records()

    expect(records.no_records).to_have_text(
        "暂无缴费记录。本缴费年度的申报办结（通过）后，这里按月列出应缴和已缴金额。")
    expect(records.records).to_have_count(0)


def test_payment_records_show_each_month_paid_and_still_owed(page, persona, login, admin,
                                                             approved):
    admin.record_payment(persona.id_number, "2026-02", "1504.02")
    admin.record_payment(persona.id_number, "2026-03", "0")
    admin.record_payment(persona.id_number, "2026-03", "500")
    login(persona)

    records = MySpacePage(page).open().open_payment_records()

    expect(records.contribution_year).to_have_text("2025年7月至2026年6月")
    expect(records.cycle).to_have_text("按季度缴费")
    expect(records.still_owed).to_have_text("5516.08")
    expect(records.columns).to_have_text(["月份", "缴费基数(元)", "应缴(元)", "最迟缴费月份",
                                          "已缴(元)", "欠缴(元)", "退费(元)", "状态"])
    expect(records.months).to_have_count(5)
    expect(records.month("2026-02")).to_have_text(
        ["7162", "1504.02", "2026-03", "1504.02", "0.00", "0.00", "已缴清"])
    expect(records.month("2026-03")).to_have_text(
        ["7162", "1504.02", "2026-03", "500.00", "1004.02", "0.00", "待缴"])
