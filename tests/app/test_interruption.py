"""中断缴费 (docs/domain.md §2.11), judged on the mock clock: the status becomes `interrupted`,
用户空间 says so in the rule's words, an SMS tells the person, and the declaration stops them."""

from __future__ import annotations

import pytest

from support.html import alert_of, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.payments]

DUE = "1504.02"
MONTHLY_RULE = ("选择按月缴费的，连续三个月未能按规定时间足额缴纳养老保险费、失业保险费，"
                "视为个人自行中断缴费")
PERIOD_RULE = ("选择按季度、按半年或按年缴费的，未能在选择缴费时段的最后一个月足额缴纳养老、"
               "失业保险费的，视为个人自行中断缴费")
RESUMING = ("自行中断缴费后，个人要求恢复缴费的，应重新向原办理缴费业务的社会保险代理机构提出申请，"
            "养老保险费、失业保险费从申请之月起按月缴纳。")
STOPPED = ("您已中断缴费，不能办理本事项。请先办理恢复缴费，恢复后养老保险费、失业保险费"
           "从申请之月起按月缴纳。")


def process(admin) -> dict:
    return admin.call("POST", "/process").json()


def test_a_monthly_payer_with_three_months_unpaid_is_interrupted_when_the_third_ends(
        admin, persona, declare_approved, clock):
    declare_approved("按月缴费")
    clock.freeze("2025-10-01T00:00:00+08:00")

    answer = process(admin)

    assert answer["interrupted"] == [persona.id_number]
    assert admin.person(persona.phone).status == "interrupted"
    assert admin.ledger(persona.id_number)["status"] == "interrupted"


def test_two_months_unpaid_and_the_third_paid_do_not_interrupt(admin, persona,
                                                                declare_approved, clock):
    declare_approved("按月缴费")
    admin.record_payment(persona.id_number, "2025-09", DUE)
    clock.freeze("2025-12-31T23:59:00+08:00")

    answer = process(admin)

    assert answer["interrupted"] == []
    assert admin.person(persona.phone).status == "normal"


def test_the_third_month_not_yet_ended_does_not_interrupt(admin, persona, declare_approved, clock):
    declare_approved("按月缴费")
    clock.freeze("2025-09-30T23:59:59+08:00")

    assert process(admin)["interrupted"] == []


def test_a_quarterly_payer_short_by_a_fen_is_interrupted_when_the_quarter_ends(
        admin, persona, declare_approved, clock):
    declare_approved("按季度缴费")
    admin.record_payment(persona.id_number, "2025-07", DUE)
    admin.record_payment(persona.id_number, "2025-08", DUE)
    admin.record_payment(persona.id_number, "2025-09", "1504.01")
    clock.freeze("2025-10-01T00:00:00+08:00")

    assert process(admin)["interrupted"] == [persona.id_number]


def test_a_quarterly_payer_paid_in_full_is_not_interrupted(admin, persona, declare_approved, clock):
    declare_approved("按季度缴费")
    for month in ("2025-07", "2025-08", "2025-09"):
        admin.record_payment(persona.id_number, month, DUE)
    clock.freeze("2025-10-01T00:00:00+08:00")

    assert process(admin)["interrupted"] == []


def test_an_interruption_is_told_by_sms_in_the_rules_words(admin, persona, declare_approved, clock):
    declare_approved("按季度缴费")
    clock.freeze("2025-10-05T10:00:00+08:00")

    process(admin)

    last = admin.sms(persona.phone)[-1]
    assert last["text"] == (f"【北京市政务服务网】{PERIOD_RULE}。您截至2025年9月未按规定足额缴纳"
                            f"养老保险费、失业保险费，已视为自行中断缴费。{RESUMING}"
                            "请登录“我的空间”查看缴费记录。")
    assert last["sent_at"] == "2025-10-01T00:00:00+08:00"


def test_a_deduction_recorded_after_the_month_ended_comes_too_late(admin, persona, declare_approved,
                                                                   clock):
    declare_approved("按季度缴费")
    clock.freeze("2025-10-01T08:00:00+08:00")

    admin.record_payment(persona.id_number, "2025-09", "4512.06")

    assert admin.person(persona.phone).status == "interrupted"


def test_my_space_says_so_in_the_rules_words_without_a_processing_run(user, admin, declare_approved,
                                                                      clock):
    declare_approved("按月缴费")
    clock.freeze("2025-10-02T09:00:00+08:00")
    user.log_in_from_portal()  # months later: a new session

    page = user.open("/space/")

    assert (f"您已中断缴费。您截至2025年9月未按规定足额缴纳养老保险费、失业保险费。 "
            f"{MONTHLY_RULE}。 {RESUMING}") in text_of(page)


def test_payment_records_say_so_too(user, declare_approved, clock):
    declare_approved("按月缴费")
    clock.freeze("2025-10-02T09:00:00+08:00")
    user.log_in_from_portal()

    page = user.open("/space/payments/")

    assert "您已中断缴费。" in text_of(page)


def test_a_person_paying_normally_sees_no_interruption(user, declare_approved, clock):
    declare_approved("按月缴费")

    page = user.open("/space/")

    assert "中断缴费" not in text_of(page)


def test_the_declaration_then_stops_them_with_the_reason(user, declare_approved, clock):
    declare_approved("按月缴费")
    clock.freeze("2025-10-02T09:00:00+08:00")
    user.log_in_from_portal()
    user.choose_office()

    page = user.agree_to_notice()

    assert page.status_code == 400
    assert alert_of(page) == STOPPED
