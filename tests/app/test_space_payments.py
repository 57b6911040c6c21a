"""缴费记录 in 用户空间 (payments blueprint, docs/domain.md §2.10): the ledger's months with base,
due, paid, state and what is still owed; its empty state."""

from __future__ import annotations

import pytest

from support.html import status_of, table_rows, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.payments]

HEADER = ["月份", "缴费基数(元)", "应缴(元)", "最迟缴费月份", "已缴(元)", "欠缴(元)", "退费(元)", "状态"]


def test_payment_records_need_a_login(client):
    page = client.get("/space/payments/")

    assert (page.status_code, page.headers["Location"]) == (302, "/login?next=/space/payments/")


def test_the_space_navigation_leads_to_payment_records(user):
    user.log_in_from_portal("/space/")

    page = user.open("/space/")

    assert '<a href="/space/payments/">缴费记录</a>' in page.text


def test_before_a_declaration_is_approved_there_are_no_payment_records(user):
    user.declare("7162")

    page = user.open("/space/payments/")

    assert status_of(page) == "暂无缴费记录。本缴费年度的申报办结（通过）后，这里按月列出应缴和已缴金额。"
    assert 'aria-label="缴费记录"' not in page.text


def test_payment_records_list_each_month_with_what_is_paid_and_still_owed(user, admin, persona,
                                                                          clock):
    clock.freeze("2026-02-10T09:30:00+08:00")
    number = user.declare("7162", "按季度缴费")
    admin.transition(number, "已受理")
    admin.transition(number, "已办结", result="通过")
    admin.record_payment(persona.id_number, "2026-02", "1504.02")
    admin.record_payment(persona.id_number, "2026-03", "500")

    page = user.open("/space/payments/")

    assert "缴费年度 2025年7月至2026年6月" in text_of(page)
    assert "缴费周期 按季度缴费" in text_of(page)
    assert "尚欠金额(元) 5516.08" in text_of(page)
    assert table_rows(page, "缴费记录") == [
        HEADER,
        ["2026-02", "7162", "1504.02", "2026-03", "1504.02", "0.00", "0.00", "已缴清"],
        ["2026-03", "7162", "1504.02", "2026-03", "500.00", "1004.02", "0.00", "待缴"],
        ["2026-04", "7162", "1504.02", "2026-06", "0.00", "1504.02", "0.00", "待缴"],
        ["2026-05", "7162", "1504.02", "2026-06", "0.00", "1504.02", "0.00", "待缴"],
        ["2026-06", "7162", "1504.02", "2026-06", "0.00", "1504.02", "0.00", "待缴"],
    ]
