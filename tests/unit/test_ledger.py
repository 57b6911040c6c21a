"""缴费记录: months owed, amounts due and by when, paid, owed and states (docs/domain.md §2.10)."""

from datetime import date
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mock_portal.domain.ledger import (
    Break,
    Declaration,
    due_by,
    ledger,
    month_text,
    parse_amount,
    parse_month,
    suspension_refusal,
)

CYCLES = ("按月缴费", "按季度缴费", "按半年缴费", "按年缴费")
BASE = Decimal("7162")
DUE = Decimal("1504.02")  # 1432.40 + 71.62


def declaration(cycle="按月缴费", completed=date(2025, 6, 11), year=2025, base=BASE):
    return Declaration(year, base, cycle, completed)


def months(of) -> list[str]:
    return [month_text(m.month) for m in of.months]


def test_a_declaration_completed_before_july_owes_from_july_to_june():
    of = ledger(declaration(completed=date(2025, 6, 11)), {}, date(2025, 7, 1))

    assert months(of) == ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12",
                          "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]


def test_a_declaration_completed_during_the_year_owes_from_its_month():
    of = ledger(declaration(completed=date(2025, 11, 30)), {}, date(2025, 12, 1))

    assert months(of) == ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04",
                          "2026-05", "2026-06"]


def test_each_month_is_due_the_pension_and_unemployment_amounts_of_the_base():
    of = ledger(declaration(base=Decimal("5360")), {}, date(2025, 7, 1))

    assert {(m.base, m.due) for m in of.months} == {(Decimal("5360"), Decimal("1125.60"))}


@pytest.mark.parametrize(("cycle", "month", "deadline"), [
    ("按月缴费", "2025-07", "2025-07"),
    ("按月缴费", "2026-06", "2026-06"),
    ("按季度缴费", "2025-07", "2025-09"),
    ("按季度缴费", "2025-09", "2025-09"),
    ("按季度缴费", "2025-10", "2025-12"),
    ("按季度缴费", "2026-01", "2026-03"),
    ("按季度缴费", "2026-06", "2026-06"),
    ("按半年缴费", "2025-07", "2025-12"),
    ("按半年缴费", "2025-12", "2025-12"),
    ("按半年缴费", "2026-01", "2026-06"),
    ("按年缴费", "2025-07", "2026-06"),
    ("按年缴费", "2026-03", "2026-06"),
], ids=str)
def test_due_by_is_the_month_itself_or_the_last_month_of_its_period(cycle, month, deadline):
    assert month_text(due_by(2025, cycle, parse_month(month))) == deadline


def test_a_period_begun_mid_way_is_still_due_by_the_periods_last_month():
    of = ledger(declaration("按季度缴费", completed=date(2025, 8, 20)), {}, date(2025, 8, 20))

    assert [(month_text(m.month), month_text(m.due_by)) for m in of.months[:3]] == [
        ("2025-08", "2025-09"), ("2025-09", "2025-09"), ("2025-10", "2025-12")]


def test_deductions_of_one_month_add_up_and_a_failed_one_counts_zero():
    july = date(2025, 7, 1)
    of = ledger(declaration(), {july: [Decimal("0"), Decimal("1000"), Decimal("504.02")]},
                date(2025, 7, 20))

    first = of.months[0]
    assert (first.paid, first.owed, first.refund, first.state) == (DUE, Decimal("0.00"),
                                                                     Decimal("0.00"), "已缴清")


def test_a_month_paid_partly_owes_the_rest_and_is_pending_until_its_deadline_ends():
    july = date(2025, 7, 1)
    of = ledger(declaration(), {july: [Decimal("1000")]}, date(2025, 7, 31))

    first = of.months[0]
    assert (first.paid, first.owed, first.state) == (Decimal("1000"), Decimal("504.02"), "待缴")


def test_a_month_not_paid_in_full_is_overdue_once_its_deadline_month_has_ended():
    july = date(2025, 7, 1)
    of = ledger(declaration(), {july: [Decimal("1000")]}, date(2025, 8, 1))

    assert of.months[0].state == "欠缴"


def test_a_quarter_month_unpaid_stays_pending_until_the_quarters_last_month_ends():
    of = ledger(declaration("按季度缴费"), {}, date(2025, 9, 30))

    assert [m.state for m in of.months[:4]] == ["待缴", "待缴", "待缴", "待缴"]
    assert [m.state for m in ledger(declaration("按季度缴费"), {}, date(2025, 10, 1)).months[:4]] \
        == ["欠缴", "欠缴", "欠缴", "待缴"]


def test_paying_more_than_due_is_refunded():
    july = date(2025, 7, 1)
    of = ledger(declaration(), {july: [DUE, Decimal("10")]}, date(2025, 7, 2))

    assert (of.months[0].owed, of.months[0].refund) == (Decimal("0.00"), Decimal("10.00"))


def test_what_the_year_still_owes_is_the_sum_of_the_months():
    july = date(2025, 7, 1)
    of = ledger(declaration(completed=date(2026, 5, 3)), {july: [DUE]}, date(2026, 5, 3))

    assert of.owed == DUE * 2  # May and June 2026


@pytest.mark.parametrize("text", ["2025-13", "2025-00", "2025-7", "July", "", "2025-07-01"])
def test_a_month_is_written_year_dash_two_digits(text):
    with pytest.raises(ValueError):
        parse_month(text)


# properties --------------------------------------------------------------------------------

bases = st.decimals(min_value=Decimal("3613"), max_value=Decimal("37000"), places=2)
days = st.dates(min_value=date(2025, 7, 1), max_value=date(2026, 6, 30))
amounts = st.decimals(min_value=Decimal("0"), max_value=Decimal("3000"), places=2)


@st.composite
def ledgers(draw):
    decl = declaration(draw(st.sampled_from(CYCLES)), draw(days), base=draw(bases))
    paid = draw(st.dictionaries(st.sampled_from([date(2025 + (m < 7), m, 1)
                                                 for m in range(1, 13)]),
                                st.lists(amounts, max_size=3)))
    return ledger(decl, paid, draw(days))


@given(ledgers())
def test_paid_and_owed_make_the_due_less_any_refund(of):
    for m in of.months:
        assert m.paid + m.owed - m.refund == m.due
        assert m.owed == 0 or m.refund == 0


@given(ledgers())
def test_months_are_contiguous_and_end_in_june(of):
    texts = [m.month for m in of.months]
    assert texts[-1] == date(2026, 6, 1)
    assert all((b.year - a.year) * 12 + b.month - a.month == 1 for a, b in pairwise(texts))


@given(ledgers())
def test_a_month_is_never_due_after_its_deadline_nor_later_than_june(of):
    assert all(m.month <= m.due_by <= date(2026, 6, 1) for m in of.months)


@given(ledgers())
def test_a_month_is_paid_exactly_when_nothing_is_owed(of):
    assert all((m.state == "已缴清") == (m.owed == 0) for m in of.months)


@pytest.mark.parametrize(("value", "amount"), [
    ("1504.02", "1504.02"), ("0", "0"), (" 12.5 ", "12.5"), (1000, "1000")], ids=str)
def test_an_amount_is_zero_or_more_to_the_fen(value, amount):
    assert parse_amount(value) == Decimal(amount)


@pytest.mark.parametrize(("value", "says"), [
    ("-1", "negative"), ("1.005", "more than two decimals"), ("abc", "not an amount"),
    ("", "not an amount"), (None, "required"), (True, "required"), ("123456789", "not an amount"),
], ids=str)
def test_a_bad_amount_is_refused_saying_why(value, says):
    with pytest.raises(ValueError, match=says):
        parse_amount(value)


# 中断缴费 and 恢复缴费 (docs/domain.md §2.12) --------------------------------------------------


def test_after_an_interruption_nothing_is_due_until_resuming_then_monthly():
    decl = declaration("按季度缴费")
    of = ledger(decl, {}, date(2025, 11, 12),
                [Break(interrupted=date(2025, 9, 1), resumed=date(2025, 11, 1))])

    assert [(month_text(m.month), m.due, month_text(m.due_by), m.state)
            for m in of.months[2:6]] == [
        ("2025-09", DUE, "2025-09", "欠缴"),
        ("2025-10", Decimal("0.00"), "2025-12", "中断缴费"),
        ("2025-11", DUE, "2025-11", "待缴"),
        ("2025-12", DUE, "2025-12", "待缴"),
    ]


def test_while_not_resumed_nothing_after_the_interruption_is_due():
    of = ledger(declaration(), {}, date(2026, 3, 1), [Break(interrupted=date(2025, 9, 1))])

    assert {m.state for m in of.months[3:]} == {"中断缴费"}
    assert of.owed == DUE * 3


@given(ledgers(), st.sampled_from([date(2025 + (m < 7), m, 1) for m in range(1, 13)]))
def test_months_stopped_by_an_interruption_owe_nothing_and_refund_what_was_paid(of, month):
    stopped = ledger(of.declaration, {m.month: [m.paid] for m in of.months}, date(2026, 7, 1),
                     [Break(month)])

    for m in stopped.months:
        if m.month > month:
            assert (m.due, m.owed, m.refund) == (Decimal("0.00"), Decimal("0.00"), m.paid)


# 暂停缴费 and refunds (docs/domain.md §2.13) -------------------------------------------------


def test_a_suspension_refunds_what_was_paid_from_its_month_and_leaves_the_rest_voluntary():
    paid = {parse_month(m): [DUE] for m in ("2025-10", "2025-12", "2026-01")}
    of = ledger(declaration("按半年缴费"), paid, date(2025, 11, 3),
                suspended_from=date(2025, 11, 1))

    assert [(month_text(m.month), m.due, m.paid, m.refund, m.state) for m in of.months] == [
        ("2025-07", DUE, Decimal("0.00"), Decimal("0.00"), "可自愿缴纳"),
        ("2025-08", DUE, Decimal("0.00"), Decimal("0.00"), "可自愿缴纳"),
        ("2025-09", DUE, Decimal("0.00"), Decimal("0.00"), "可自愿缴纳"),
        ("2025-10", DUE, DUE, Decimal("0.00"), "已缴清"),
        ("2025-11", Decimal("0.00"), Decimal("0.00"), Decimal("0.00"), "暂停缴费"),
        ("2025-12", Decimal("0.00"), DUE, DUE, "暂停缴费"),
    ] + [(month_text(m.month), Decimal("0.00"), m.paid, m.paid, "暂停缴费")
         for m in of.months[6:]]


@pytest.mark.parametrize(("cycle", "month", "already", "says"), [
    ("按季度缴费", date(2025, 11, 1), True, "不能重复申请"),
    ("按月缴费", date(2025, 11, 1), False, "按月缴费的不能申请暂停缴费"),
    ("按季度缴费", date(2026, 7, 1), False, "应在选择的缴费时段内申请"),
    ("按季度缴费", date(2025, 6, 1), False, "应在选择的缴费时段内申请"),
    ("按季度缴费", date(2025, 11, 1), False, None),
], ids=str)
def test_who_may_suspend_and_when(cycle, month, already, says):
    refusal = suspension_refusal(ledger(declaration(cycle), {}, month), month, already)

    assert (refusal is None) if says is None else (says in refusal)


@given(ledgers(), st.sampled_from([date(2025 + (m < 7), m, 1) for m in range(1, 13)]))
def test_refunds_never_exceed_what_was_paid(of, month):
    suspended = ledger(of.declaration, {m.month: [m.paid] for m in of.months}, date(2026, 7, 1),
                       suspended_from=month)

    assert all(m.refund <= m.paid for m in suspended.months)
    assert all(m.refund == m.paid for m in suspended.months if m.month >= month)
