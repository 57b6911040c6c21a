"""Case outcomes in 用户空间 (docs/domain.md §7): 不予受理 and 不予通过 with their reasons on 查看详情
and in the SMS, the applicant's 撤回, and declaring again after a refusal. Time and outcomes are
driven through the control API on a frozen mock clock."""

import pytest
from playwright.sync_api import expect

from pages import MySpacePage, SmsOutboxPage
from support.expected import ITEM

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.space]

#: When `declarant` declares: the mock clock frozen there (e2e/conftest.py's declaration_day).
DECLARATION_DAY = "2025-09-01T10:00:00+08:00"
REFUSAL = "申请人不属于本市灵活就业人员"
REJECTION = "缴费工资证明材料不全"


@pytest.fixture
def rejected(admin, case_number) -> str:
    """The case, 已受理 and then 已办结 with 不予通过 and REJECTION."""
    admin.transition(case_number, "已受理")
    admin.transition(case_number, "已办结", result="不予通过", reason=REJECTION)
    return case_number


def test_a_case_not_accepted_shows_its_reason_on_the_detail(page, admin, case_number):
    admin.transition(case_number, "不予受理", reason=REFUSAL)

    detail = MySpacePage(page).open().view_case(case_number)

    expect(detail.status).to_have_text("不予受理")
    expect(detail.fact("不予受理原因")).to_have_text(REFUSAL)
    expect(detail.history_cells).to_have_text([
        "2025-09-01 10:00:00", "已提交", "",
        "2025-09-01 10:00:00", "不予受理", REFUSAL,
    ])
    expect(detail.withdraw_link).to_have_count(0)


def test_a_case_not_accepted_is_told_by_sms_with_its_reason(page, admin, persona, case_number):
    admin.transition(case_number, "不予受理", reason=REFUSAL)

    outbox = SmsOutboxPage(page).open(persona.phone)

    expect(outbox.latest).to_contain_text(
        f"【北京市政务服务网】您申请的“{ITEM}”（办件单号：{case_number}）不予受理，"
        f"原因：{REFUSAL}。请登录“我的空间”查看详情。")


def test_a_rejected_case_shows_its_result_and_reason_on_the_detail(page, rejected):
    detail = MySpacePage(page).open().view_case(rejected)

    expect(detail.status).to_have_text("已办结")
    expect(detail.result).to_have_text("不予通过")
    expect(detail.fact("不予通过原因")).to_have_text(REJECTION)
    expect(detail.history_rows.last.get_by_role("cell")).to_have_text(
        ["2025-09-01 10:00:00", "已办结", f"不予通过：{REJECTION}"])


def test_a_rejected_case_is_told_by_sms_with_its_result_and_reason(page, persona, rejected):
    outbox = SmsOutboxPage(page).open(persona.phone)

    expect(outbox.latest).to_contain_text(
        f"【北京市政务服务网】您申请的“{ITEM}”（办件单号：{rejected}）已办结，"
        f"办理结果：不予通过，原因：{REJECTION}。请登录“我的空间”查看详情。")


def test_the_applicant_withdraws_a_submitted_case(page, admin, case_number):
    detail = MySpacePage(page).open().view_case(case_number)

    detail = detail.withdraw()

    expect(detail.status).to_have_text("已撤回")
    expect(detail.history_rows.last.get_by_role("cell")).to_have_text(
        ["2025-09-01 10:00:00", "已撤回", "申请人撤回"])
    expect(detail.withdraw_link).to_have_count(0)
    assert admin.case(case_number)["status"] == "已撤回"


def test_the_withdrawal_asks_first_and_cancel_changes_nothing(page, admin, case_number):
    withdrawal = MySpacePage(page).open().view_case(case_number).start_withdrawal()
    expect(withdrawal.question).to_have_text(
        "确定要撤回该办件吗？撤回后该办件将不再办理，如需办理，请重新申报。")

    detail = withdrawal.cancel()

    expect(detail.status).to_have_text("已提交")
    assert admin.case(case_number)["status"] == "已提交"


def test_a_case_accepted_meanwhile_cannot_be_withdrawn(page, admin, case_number):
    detail = MySpacePage(page).open().view_case(case_number)
    admin.transition(case_number, "已受理")

    detail = detail.withdraw_expecting_error()

    expect(detail.error).to_have_text("该办件已受理，不能撤回。如需变更，请重新申报。")
    expect(detail.status).to_have_text("已受理")


def test_a_case_accepted_after_the_question_cannot_be_withdrawn(page, admin, case_number):
    withdrawal = MySpacePage(page).open().view_case(case_number).start_withdrawal()
    admin.transition(case_number, "已受理")

    detail = withdrawal.confirm_expecting_error()

    expect(detail.error).to_have_text("该办件已受理，不能撤回。如需变更，请重新申报。")
    expect(detail.status).to_have_text("已受理")


def test_after_a_rejection_the_person_declares_again(page, admin, screens, rejected):
    confirmation = screens.confirmation("9000")

    success = confirmation.submit()

    second = success.case_number.inner_text()
    cases = MySpacePage(page).open().open_case_progress().open_my_cases()
    expect(cases.cells(second)).to_have_text(
        [second, ITEM, "2025-09-01 10:00", "已提交", "", "查看详情"])
    expect(cases.cells(rejected)).to_have_text(
        [rejected, ITEM, "2025-09-01 10:00", "已办结", f"不予通过：{REJECTION}", "查看详情"])
