"""Payments through the control API (docs/domain.md §2.10): POST /__admin/payments records
deductions, GET /__admin/ledger reads the months; bad input is refused naming the field and
stores nothing."""

from __future__ import annotations

import pytest

from .conftest import DECLARED

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.payments]

DUE = "1504.02"  # base 7162 (year 2025's lower limit): 1432.40 + 71.62
YEAR = ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12",
        "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]


def payments(admin, **body):
    return admin.call("POST", "/payments", json=body)


def test_the_ledger_lists_the_year_from_july_with_what_is_due_each_month(admin, persona,
                                                                           declare_approved):
    declare_approved("按月缴费")

    ledger = admin.ledger(persona.id_number)

    assert (ledger["contribution_year"], ledger["cycle"], ledger["base"], ledger["owed"]) == (
        2025, "按月缴费", "7162", "18048.24")
    assert [m["month"] for m in ledger["months"]] == YEAR
    assert ledger["months"][0] == {"month": "2025-07", "base": "7162", "due": DUE,
                                   "due_by": "2025-07", "paid": "0.00", "owed": DUE,
                                   "refund": "0.00", "state": "待缴"}


def test_a_quarterly_ledger_is_due_by_each_quarters_last_month(admin, persona, declare_approved):
    declare_approved("按季度缴费")

    ledger = admin.ledger(persona.id_number)

    assert [m["due_by"] for m in ledger["months"]] == ["2025-09"] * 3 + ["2025-12"] * 3 + [
        "2026-03"] * 3 + ["2026-06"] * 3


def test_a_declaration_completed_in_september_owes_from_september(admin, persona,
                                                                  declare_approved):
    declare_approved(day="2025-09-15T09:30:00+08:00")

    ledger = admin.ledger(persona.id_number)

    assert [m["month"] for m in ledger["months"]] == YEAR[2:]


def test_deductions_of_one_month_add_up_a_failed_one_being_zero(admin, persona, declare_approved):
    declare_approved()
    admin.record_payment(persona.id_number, "2025-07", "0")
    admin.record_payment(persona.id_number, "2025-07", "1000")

    ledger = admin.record_payment(persona.id_number, "2025-07", "504.02")

    assert ledger["months"][0] == {"month": "2025-07", "base": "7162", "due": DUE,
                                   "due_by": "2025-07", "paid": DUE, "owed": "0.00",
                                   "refund": "0.00", "state": "已缴清"}


def test_a_month_paid_partly_is_overdue_once_it_has_ended(admin, persona, declare_approved, clock):
    declare_approved()
    admin.record_payment(persona.id_number, "2025-07", "1000")
    clock.freeze("2025-08-01T00:00:00+08:00")

    first = admin.ledger(persona.id_number)["months"][0]

    assert (first["paid"], first["owed"], first["state"]) == ("1000.00", "504.02", "欠缴")


def test_a_person_without_a_declaration_has_an_empty_ledger(admin, persona):
    ledger = admin.ledger(persona.id_number)

    assert (ledger["contribution_year"], ledger["months"], ledger["owed"]) == (None, [], "0.00")


def test_a_declaration_still_open_makes_no_ledger(admin, persona, user, clock):
    clock.freeze(DECLARED)
    user.declare("7162")

    assert admin.ledger(persona.id_number)["months"] == []


# refusals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "field", "says"), [
    ({"month": "2025-07", "paid": DUE}, "id_number", "required"),
    ({"id_number": "", "month": "2025-07", "paid": DUE}, "id_number", "required"),
    ({"id_number": "ID", "paid": DUE}, "month", "required"),
    ({"id_number": "ID"}, "month", "required"),
    ({"id_number": "ID", "month": "2025-07"}, "paid", "required"),
    ({"id_number": "ID", "month": "2025-13", "paid": DUE}, "month", "such as"),
    ({"id_number": "ID", "month": "July", "paid": DUE}, "month", "such as"),
    ({"id_number": "ID", "month": "2025-06", "paid": DUE}, "month", "outside the ledger"),
    ({"id_number": "ID", "month": "2026-07", "paid": DUE}, "month", "outside the ledger"),
    ({"id_number": "ID", "month": "2025-07", "paid": "-1"}, "paid", "negative"),
    ({"id_number": "ID", "month": "2025-07", "paid": "abc"}, "paid", "not an amount"),
    ({"id_number": "ID", "month": "2025-07", "paid": "1.005"}, "paid", "two decimals"),
    ({"id_number": "ID", "month": "2025-07", "paid": True}, "paid", "required"),
], ids=str)
def test_a_bad_payment_is_refused_naming_the_field_and_nothing_is_stored(admin, persona,
                                                                         declare_approved, body,
                                                                         field, says):
    declare_approved()
    if body.get("id_number") == "ID":
        body = {**body, "id_number": persona.id_number}

    answer = payments(admin, **body)

    assert answer.status_code == 400
    assert answer.json()["field"] == field
    assert says in answer.json()["error"]
    assert {m["paid"] for m in admin.ledger(persona.id_number)["months"]} == {"0.00"}


def test_a_payment_for_an_unknown_person_is_refused_with_404(admin):
    answer = payments(admin, id_number="110108199001011234", month="2025-07", paid=DUE)

    assert (answer.status_code, answer.json()["field"]) == (404, "id_number")


def test_a_payment_before_any_declaration_is_refused_naming_the_month(admin, persona):
    answer = payments(admin, id_number=persona.id_number, month="2025-07", paid=DUE)

    assert (answer.status_code, answer.json()["field"]) == (400, "month")
    assert "no ledger yet" in answer.json()["error"]


def test_a_body_that_is_not_an_object_is_refused(admin):
    answer = admin.call("POST", "/payments", json=["2025-07"])

    assert answer.status_code == 400


@pytest.mark.parametrize(("query", "status"), [({}, 400), ({"id_number": "X1"}, 404)], ids=str)
def test_the_ledger_of_nobody_is_refused_naming_id_number(admin, query, status):
    answer = admin.call("GET", "/ledger", params=query)

    assert (answer.status_code, answer.json()["field"]) == (status, "id_number")
