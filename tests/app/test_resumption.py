"""恢复缴费 (docs/domain.md §2.12): an interrupted person applies in 用户空间; the application is a
办件 of its own with a 办件单号 from the day's sequence, the status is normal again, and pension
and unemployment are due monthly from the month of application."""

from __future__ import annotations

import pytest

from support.expected import ITEM as DECLARATION
from support.html import alert_of, link_of, status_of, table_rows, text_by_testid, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.payments]

DUE = "1504.02"
HAIDIAN = "111101086949863441"
ITEM = "3002014003002"
NOT_INTERRUPTED = "您当前未处于中断缴费状态，无需申请恢复缴费。"
RESUMPTION = "灵活就业人员恢复缴费"
CASES = "/space/progress/cases"


@pytest.fixture
def interrupted(user, admin, persona, clock):
    """`persona` declared 7162 元 按季度缴费 on 2025-07-10 (通过), paid nothing for the first
    quarter and is interrupted; on 2025-11-12 09:00 they log in again."""
    clock.freeze("2025-07-10T09:30:00+08:00")
    number = user.declare("7162", "按季度缴费")
    admin.transition(number, "已受理")
    admin.transition(number, "已办结", result="通过")
    clock.freeze("2025-11-12T09:00:00+08:00")
    admin.process()
    user.log_in_from_portal()
    return persona


def apply(user):
    """申请恢复缴费 → 【提交申请】."""
    user.open("/space/payments/resume")
    return user.post("/space/payments/resume", {})


def test_resuming_gives_a_case_number_of_the_days_sequence(user, interrupted):
    page = apply(user)

    assert page.status_code == 200
    # The declaration took 海淀区's sequence number 1 on 2025-07-10; this is the first of 11-12.
    assert text_by_testid(page, "case-number") == f"{HAIDIAN}{ITEM}03202511120001"


def test_resuming_makes_the_status_normal_again(user, admin, interrupted):
    apply(user)

    assert admin.person(interrupted.phone).status == "normal"


def test_after_resuming_every_month_from_the_application_is_due_monthly(user, admin,
                                                                        interrupted):
    apply(user)

    months = {m["month"]: (m["due"], m["due_by"], m["state"])
              for m in admin.ledger(interrupted.id_number)["months"]}
    assert months["2025-09"] == (DUE, "2025-09", "欠缴")
    assert months["2025-10"] == ("0.00", "2025-12", "中断缴费")
    assert months["2025-11"] == (DUE, "2025-11", "待缴")
    assert months["2026-01"] == (DUE, "2026-01", "待缴")


def test_resuming_is_told_by_sms_with_its_number(user, admin, interrupted):
    page = apply(user)

    number = text_by_testid(page, "case-number")
    assert admin.sms(interrupted.phone)[-1]["text"] == (
        f"【北京市政务服务网】您申请的“灵活就业人员恢复缴费”（办件单号：{number}）已办结，"
        "办理结果：通过。养老保险费、失业保险费从2025年11月起按月缴纳。请登录“我的空间”查看缴费记录。")


def test_after_resuming_three_monthly_months_unpaid_interrupt_again(user, admin, interrupted,
                                                                    clock):
    apply(user)
    clock.freeze("2026-02-01T00:00:00+08:00")

    assert admin.call("POST", "/process").json()["interrupted"] == [interrupted.id_number]


def test_resuming_when_not_interrupted_is_refused_and_changes_nothing(user, admin, persona):
    user.log_in_from_portal()
    form = user.open("/space/payments/resume")
    assert (form.status_code, alert_of(form)) == (400, NOT_INTERRUPTED)
    assert "提交申请" not in form.text

    page = user.post("/space/payments/resume", {})

    assert (page.status_code, alert_of(page)) == (400, NOT_INTERRUPTED)
    assert admin.sms(persona.phone) == []


def test_someone_elses_resumption_is_never_shown(user, interrupted):
    number = text_by_testid(apply(user), "case-number")
    other = user.open(f"/space/payments/resume/{number[:-1]}9")

    assert other.status_code == 404


def test_my_cases_lists_the_resumption_newest_first_completed_with_通过(user, admin,
                                                                    interrupted):
    number = text_by_testid(apply(user), "case-number")
    declaration = admin.cases(interrupted.id_number)[0]["number"]

    page = user.open(CASES)

    assert table_rows(page, "我的办件")[1:] == [
        [number, RESUMPTION, "2025-11-12 09:00", "已办结", "通过", "查看详情"],
        [declaration, DECLARATION, "2025-07-10 09:30", "已办结", "通过", "查看详情"],
    ]


def test_my_cases_finds_the_resumption_by_its_number(user, interrupted):
    number = text_by_testid(apply(user), "case-number")

    page = user.open(f"{CASES}?number={number}")

    assert table_rows(page, "我的办件")[1:] == [
        [number, RESUMPTION, "2025-11-12 09:00", "已办结", "通过", "查看详情"]]


def test_the_resumption_is_filtered_as_已办结_and_counted_in_my_space(user, interrupted):
    apply(user)

    page = user.open("/space/")

    assert "我的办件 共2件，已办结2件" in text_of(page)


def test_the_resumptions_detail_shows_its_number_month_and_history(user, interrupted):
    number = text_by_testid(apply(user), "case-number")

    page = user.open(f"{CASES}/{number}")

    assert page.status_code == 200
    assert text_by_testid(page, "case-number") == number
    assert text_by_testid(page, "case-status") == "已办结"
    for text in (f"申请事项 {RESUMPTION}", "办理结果 通过", "申请时间 2025-11-12 09:00:00",
                 f"个人身份证号 {interrupted.id_number}", "恢复缴费月份 2025年11月",
                 "缴费周期 按月缴费"):
        assert text in text_of(page)
    assert table_rows(page, "办理过程") == [["时间", "状态", "说明"],
                                        ["2025-11-12 09:00:00", "已提交", ""],
                                        ["2025-11-12 09:00:00", "已办结", "通过"]]


def test_the_resumption_messages_查看办件_opens_its_detail(user, interrupted):
    number = text_by_testid(apply(user), "case-number")
    message = user.open(link_of(user.open("/space/messages/"), "查看"))  # the newest

    detail = user.open(link_of(message, "查看办件"))

    assert (detail.status_code, text_by_testid(detail, "case-number")) == (200, number)


def test_another_persons_resumption_is_not_found(user, make_user, interrupted):
    number = text_by_testid(apply(user), "case-number")
    other, _ = make_user()
    other.log_in_from_portal()

    detail = other.open(f"{CASES}/{number}")
    result = other.open(f"/space/payments/resume/{number}")

    assert (detail.status_code, alert_of(detail)) == (404, "未找到该办件。")
    assert result.status_code == 404
    assert status_of(other.open(f"{CASES}?number={number}")) == "暂无办件"


def test_the_resumption_is_no_declaration_of_the_year(user, admin, interrupted):
    apply(user)

    cases = admin.cases(interrupted.id_number)
    ledger = admin.ledger(interrupted.id_number)

    assert [c["cycle"] for c in cases] == ["按季度缴费"]
    assert (ledger["base"], ledger["cycle"]) == ("7162", "按季度缴费")
