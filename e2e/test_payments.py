"""缴费记录 in 用户空间 (docs/domain.md §2.10): the months of the ledger with what was deducted and
what is still owed. The declaration is made over HTTP and completed, and deductions recorded,
through the control API on a frozen mock clock."""

import pytest
from playwright.sync_api import expect

from pages import MySpacePage, OfficeChooserPage, ResumptionPage, SuspensionPage
from support.expected import HAIDIAN, HAIDIAN_CENTRE_NAME
from support.portal_user import PortalUser

pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.payments]

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


MONTHLY_RULE = ("选择按月缴费的，连续三个月未能按规定时间足额缴纳养老保险费、失业保险费，"
                "视为个人自行中断缴费")
RESUMING = ("自行中断缴费后，个人要求恢复缴费的，应重新向原办理缴费业务的社会保险代理机构提出申请，"
            "养老保险费、失业保险费从申请之月起按月缴纳。")
STOPPED = ("您已中断缴费，不能办理本事项。请先办理恢复缴费，恢复后养老保险费、失业保险费"
           "从申请之月起按月缴纳。")


@pytest.fixture
def approved_monthly(portal, admin, clock, persona) -> str:
    """`persona`'s declaration of 7162 元 按月缴费 on 2025-07-10, 已办结 with 通过."""
    clock.freeze("2025-07-10T09:30:00+08:00")
    number = PortalUser.over_http(portal, login=persona.phone).declare("7162")
    admin.transition(number, "已受理")
    admin.transition(number, "已办结", result="通过")
    return number


def test_three_months_unpaid_interrupt_and_my_space_says_so_in_the_rules_words(
        page, persona, login, admin, clock, approved_monthly):
    admin.record_payment(persona.id_number, "2025-07", "0")
    clock.freeze("2025-10-08T09:00:00+08:00")
    login(persona)

    space = MySpacePage(page).open()

    expect(space.payment_status).to_have_text(
        f"您已中断缴费。您截至2025年9月未按规定足额缴纳养老保险费、失业保险费。 {MONTHLY_RULE}。 "
        f"{RESUMING}", use_inner_text=True)
    expect(space.open_payment_records().months.filter(has_text="欠缴")).to_have_count(3)


def test_an_interrupted_person_is_then_stopped_at_the_declaration(page, persona, login, admin,
                                                                  clock, approved_monthly):
    clock.freeze("2025-10-08T09:00:00+08:00")
    admin.process()
    login(persona)
    notice = OfficeChooserPage(page).open().choose_district(HAIDIAN) \
        .apply_online(HAIDIAN_CENTRE_NAME).agree()

    notice = notice.enter_expecting_error()

    expect(notice.error).to_have_text(STOPPED)


def test_resuming_gives_a_case_number_and_months_due_monthly_from_the_application(
        page, persona, login, admin, clock, approved_monthly):
    clock.freeze("2025-11-12T09:00:00+08:00")
    admin.process()
    login(persona)
    resumption = MySpacePage(page).open().open_payment_records().apply_to_resume()
    expect(resumption.month).to_have_text("2025年11月")

    done = resumption.submit()

    # 海淀区's department, the item, 业务办理项 03 (恢复缴费), the day, its first number that day.
    expect(done.case_number).to_have_text(
        "111101086949863441" "3002014003002" "03" "20251112" "0001")
    expect(done.message).to_have_text("养老保险费、失业保险费从2025年11月起按月缴纳。")
    records = done.open_payment_records()
    expect(records.payment_status).to_have_count(0)
    expect(records.month("2025-10")).to_have_text(
        ["7162", "0.00", "2025-10", "0.00", "0.00", "0.00", "中断缴费"])
    expect(records.month("2025-11")).to_have_text(
        ["7162", "1504.02", "2025-11", "0.00", "1504.02", "0.00", "待缴"])


def test_the_resumption_is_listed_in_my_cases_and_opens_in_its_detail(
        page, persona, login, admin, clock, approved_monthly):
    # Another day than the test above: the day's sequence is the department's, shared by the
    # worker's tests, so the number is read off the page here.
    clock.freeze("2025-12-03T10:15:00+08:00")
    admin.process()
    login(persona)
    number = ResumptionPage(page).open().submit().case_number.inner_text()
    cases = MySpacePage(page).open().open_case_progress().open_my_cases()
    expect(cases.numbers).to_have_text([number, approved_monthly])
    expect(cases.cells(number)).to_have_text(
        [number, "灵活就业人员恢复缴费", "2025-12-03 10:15", "已办结", "通过", "查看详情"])

    detail = cases.search(number[-12:]).open_case(number)

    expect(detail.case_number).to_have_text(number)
    expect(detail.fact("申请事项")).to_have_text("灵活就业人员恢复缴费")
    expect(detail.status).to_have_text("已办结")
    expect(detail.result).to_have_text("通过")
    expect(detail.fact("申请时间")).to_have_text("2025-12-03 10:15:00")
    expect(detail.fact("恢复缴费月份")).to_have_text("2025年12月")
    expect(detail.history_cells).to_have_text([
        "2025-12-03 10:15:00", "已提交", "", "2025-12-03 10:15:00", "已办结", "通过"])
    expect(detail.withdraw_link).to_have_count(0)


def test_resuming_when_paying_normally_is_refused(page, persona, login):
    login(persona)

    resumption = ResumptionPage(page).open()

    expect(resumption.error).to_have_text("您当前未处于中断缴费状态，无需申请恢复缴费。")
    expect(resumption.submit_button).to_have_count(0)


@pytest.fixture
def paid_ahead(portal, admin, clock, persona) -> None:
    """`persona` declared 7162 元 按季度缴费 on 2025-07-10 (通过) and paid July, and in advance
    November and December; it is 2025-11-12 09:00."""
    clock.freeze("2025-07-10T09:30:00+08:00")
    number = PortalUser.over_http(portal, login=persona.phone).declare("7162", "按季度缴费")
    admin.transition(number, "已受理")
    admin.transition(number, "已办结", result="通过")
    for month in ("2025-07", "2025-08", "2025-09", "2025-11", "2025-12"):
        admin.record_payment(persona.id_number, month, "1504.02")
    clock.freeze("2025-11-12T09:00:00+08:00")


def test_a_suspension_lists_what_was_paid_from_its_month_as_refunds(page, persona, login,
                                                                    paid_ahead):
    login(persona)
    suspension = MySpacePage(page).open().open_payment_records().apply_to_suspend()
    expect(suspension.month).to_have_text("2025年11月")

    records = suspension.submit()

    expect(records.suspension).to_have_text("2025-11起；退费合计3008.04元")
    expect(records.month("2025-10")).to_have_text(
        ["7162", "1504.02", "2025-12", "0.00", "1504.02", "0.00", "可自愿缴纳"])
    expect(records.month("2025-11")).to_have_text(
        ["7162", "0.00", "2025-12", "1504.02", "0.00", "1504.02", "暂停缴费"])
    expect(records.suspend_link).to_have_count(0)


def test_a_second_suspension_is_refused(page, persona, login, paid_ahead):
    login(persona)
    SuspensionPage(page).open().submit()

    again = SuspensionPage(page).open()

    expect(again.error).to_have_text("您已申请暂停缴费，不能重复申请。")
    expect(again.submit_button).to_have_count(0)
