"""暂停缴费 (docs/domain.md §2.13): inside the chosen period, months from the suspension's month on
that were paid are refunded (退费); unpaid months of the period may still be paid; refusals in
Chinese change nothing."""

from __future__ import annotations

import pytest

from support.html import alert_of, table_rows

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.payments]

DUE = "1504.02"


@pytest.fixture
def half_yearly(user, admin, persona, clock):
    """`persona` declared 7162 元 `cycle` on 2025-07-10 (通过), paid July, August, October and,
    in advance, December (not September); it is 2025-11-12 09:00."""

    def go(cycle: str = "按半年缴费"):
        clock.freeze("2025-07-10T09:30:00+08:00")
        number = user.declare("7162", cycle)
        admin.transition(number, "已受理")
        admin.transition(number, "已办结", result="通过")
        for month in ("2025-07", "2025-08", "2025-10", "2025-12"):
            admin.record_payment(persona.id_number, month, DUE)
        clock.freeze("2025-11-12T09:00:00+08:00")
        user.log_in_from_portal()
        return persona

    return go


def suspend(user):
    user.open("/space/payments/suspend")
    return user.post("/space/payments/suspend", {})


def test_a_suspension_lists_the_paid_months_from_its_month_on_as_refunds(user, admin,
                                                                         half_yearly):
    person = half_yearly()

    page = suspend(user)

    rows = {row[0]: row[1:] for row in table_rows(page, "缴费记录")[1:]}
    assert rows["2025-10"] == ["7162", DUE, "2025-12", DUE, "0.00", "0.00", "已缴清"]
    assert rows["2025-11"] == ["7162", "0.00", "2025-12", "0.00", "0.00", "0.00", "暂停缴费"]
    assert rows["2025-12"] == ["7162", "0.00", "2025-12", DUE, "0.00", DUE, "暂停缴费"]
    assert admin.person(person.phone).status == "suspended"
    assert admin.ledger(person.id_number)["months"][5]["refund"] == DUE


def test_unpaid_months_of_the_period_may_still_be_paid_by_choice(user, admin, half_yearly):
    person = half_yearly()
    suspend(user)
    assert admin.ledger(person.id_number)["months"][2]["state"] == "可自愿缴纳"

    ledger = admin.record_payment(person.id_number, "2025-09", DUE)

    september = ledger["months"][2]
    assert (september["month"], september["paid"], september["owed"], september["refund"],
            september["state"]) == ("2025-09", DUE, "0.00", "0.00", "已缴清")


def test_a_second_suspension_is_refused_in_chinese(user, half_yearly):
    half_yearly()
    suspend(user)

    page = suspend(user)

    assert (page.status_code, alert_of(page)) == (400, "您已申请暂停缴费，不能重复申请。")


def test_a_monthly_payer_cannot_suspend(user, admin, half_yearly):
    person = half_yearly("按月缴费")

    page = suspend(user)

    assert page.status_code == 400
    assert alert_of(page).startswith("按月缴费的不能申请暂停缴费")
    assert admin.person(person.phone).status == "normal"


def test_a_suspension_outside_the_period_is_refused(user, admin, half_yearly, clock):
    person = half_yearly()
    for month in ("2025-09", "2025-11", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
                  "2026-06"):
        admin.record_payment(person.id_number, month, DUE)
    clock.freeze("2026-07-02T09:00:00+08:00")
    user.log_in_from_portal()

    page = suspend(user)

    assert page.status_code == 400
    assert "应在选择的缴费时段内申请" in alert_of(page)
    assert admin.person(person.phone).status != "suspended"


def test_without_an_approved_declaration_there_is_nothing_to_suspend(user, admin, persona):
    user.log_in_from_portal()

    page = suspend(user)

    assert (page.status_code, alert_of(page)) == (
        400, "您本缴费年度的申报尚未办结（通过），暂无可暂停的缴费。")
    assert admin.person(persona.phone).status == "normal"


def test_a_suspension_is_told_by_sms_with_its_month_and_the_refund_total(user, admin,
                                                                        half_yearly):
    person = half_yearly()

    suspend(user)

    # December was paid in advance (1504.02); November was not paid.
    assert admin.sms(person.phone)[-1]["text"] == (
        "【北京市政务服务网】您已申请暂停缴费，养老保险费、失业保险费自2025年11月起暂停缴纳，"
        "退费合计1504.02元。请登录“我的空间”查看缴费记录。")


def test_a_refused_suspension_sends_no_sms(user, admin, half_yearly):
    person = half_yearly("按月缴费")
    before = admin.sms(person.phone)

    suspend(user)

    assert admin.sms(person.phone) == before


def test_the_suspension_sms_is_among_my_messages(user, half_yearly):
    half_yearly()
    suspend(user)

    page = user.open("/space/messages/")

    assert table_rows(page, "我的消息")[1][1:3] == [
        "2025-11-12 09:00",
        "【北京市政务服务网】您已申请暂停缴费，养老保险费、失业保险费自2025年11月起暂停缴纳，"
        "退费合计1504.02元。请登录“我的空间”查看缴费记录。"]
