"""support/reach.py against the declaration blueprint: the screens reached by the requests a
browser would make, and every gate the portal keeps still kept (docs/decisions.md, "Reach a
screen directly")."""

from __future__ import annotations

import re

import pytest

from support.html import form_fields, text_by_testid
from support.reach import Reach, ReachRefused

SUSPENDED = "您当前处于暂停缴费状态，不能办理本事项。请先办理恢复缴费后再申报。"


@pytest.fixture
def reach(logged_in) -> Reach:
    """Function scope; a Reach (support/reach.py, the one HTTP path): the logged-in persona's
    screens, reached over their browser (the Flask test clients). Changes nothing until a
    method is called."""
    return Reach(logged_in)


def test_the_form_is_reached_through_the_agreement(reach, persona):
    path = reach.form()

    page = reach.user.open(path)
    assert (path, reach.user.path) == ("/declaration/form", "/declaration/form")
    assert form_fields(page)["name"] == persona.name


def test_the_confirmation_shows_the_values_sent(reach):
    path = reach.confirmation("5359.99", "按季度缴费")

    page = reach.user.open(path)

    assert reach.user.path == "/declaration/confirm"
    assert text_by_testid(page, "applied-base") == "5360"


def test_success_names_the_new_case(reach, admin, persona):
    path = reach.success("8000")

    (case,) = admin.cases(persona.id_number)
    assert path == f"/declaration/success/{case['number']}"
    assert re.fullmatch(r"\d{45}", case["number"])


def test_a_person_the_notice_stops_is_stopped_with_its_reason(make_user, clock):
    clock.freeze("2025-09-01T10:00:00+08:00")
    user, _ = make_user(status="suspended")
    user.log_in_from_portal()

    with pytest.raises(ReachRefused, match=re.escape(f"进入办事: the portal answered 400: "
                                                     f"{SUSPENDED}")):
        Reach(user).form()
    user.open("/declaration/form")
    assert user.path == "/declaration/notice"


def test_a_wage_the_form_refuses_is_refused_with_its_message(reach):
    with pytest.raises(ReachRefused, match="下一步: the portal answered 400: .*缴费工资"):
        reach.confirmation("abc")


def test_without_a_login_the_notice_is_not_reached(user):
    with pytest.raises(ReachRefused, match="not on 用户须知"):
        Reach(user).notice()
