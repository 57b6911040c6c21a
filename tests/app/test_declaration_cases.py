"""The cases a declaration makes (declaration blueprint): 办件单号 as handed out at 提交, one case per
confirmation, the status by the mock clock."""

from __future__ import annotations

import pytest

from mock_portal.traffic import ConnectionDropped
from support.expected import HAIDIAN_CENTRE_OFFICE_ID, ITEM
from support.html import alert_of, text_by_testid, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.form, pytest.mark.contribution_year, pytest.mark.case_number]

#: 在线填表's and 信息确认's words for the open case a new 提交 would replace.
STANDING = ("您已提交本缴费年度的申报（办件单号：{number}，办件状态：已提交）。"
            "再次提交将替代该申报，原申报将撤回。查看详情")


def declare_as_new_person(make_user, office_id: str = HAIDIAN_CENTRE_OFFICE_ID,
                          wage: str = "6000") -> str:
    person, _ = make_user()
    return person.declare(wage, office_id=office_id)


# numbers -------------------------------------------------------------------------------------


def test_third_case_of_the_day_at_haidian_has_the_guides_number(make_user, frozen_clock):
    declare_as_new_person(make_user, "110108-00")
    declare_as_new_person(make_user, "110108-010")

    third = declare_as_new_person(make_user, "110108-026")

    assert third == "111101086949863441300201400300202202206110003"


def test_haidian_offices_share_one_daily_sequence(make_user, frozen_clock):
    numbers = [declare_as_new_person(make_user, office)
               for office in ("110108-00", "110108-010", "110108-00")]

    assert numbers == [
        "111101086949863441300201400300202202206110001",
        "111101086949863441300201400300202202206110002",
        "111101086949863441300201400300202202206110003",
    ]


def test_another_district_starts_its_own_sequence(make_user, frozen_clock):
    declare_as_new_person(make_user, "110108-00")

    dongcheng = declare_as_new_person(make_user, "110101-00")
    haidian = declare_as_new_person(make_user, "110108-00")

    assert dongcheng == "11110101644329899A300201400300202202206110001"
    assert haidian == "111101086949863441300201400300202202206110002"


def test_next_day_starts_again_at_0001(make_user, frozen_clock):
    declare_as_new_person(make_user)
    declare_as_new_person(make_user)
    frozen_clock.freeze("2022-06-12T08:00:00+08:00")

    number = declare_as_new_person(make_user)

    assert number == "111101086949863441300201400300202202206120001"


def test_day_of_the_number_is_the_beijing_date(make_user, clock):
    clock.freeze("2022-06-11T16:30:00+00:00")

    number = declare_as_new_person(make_user)

    assert number == "111101086949863441300201400300202202206120001"


def test_submitting_the_same_confirmation_twice_records_one_case(user, client, admin, persona,
                                                                 frozen_clock):
    user.reach_confirmation("6000")
    form = {"submission_key": user.submission_key(), "action": "submit",
            "csrf_token": user.csrf_token()}

    first = client.post("/declaration/confirm", data=form)
    second = client.post("/declaration/confirm", data=form)

    success = "/declaration/success/111101086949863441300201400300202202206110001"
    assert (first.status_code, first.headers["Location"]) == (302, success)
    assert (second.status_code, second.headers["Location"]) == (302, success)
    assert [c["number"] for c in admin.cases(persona.id_number)] == [
        "111101086949863441300201400300202202206110001"]
    assert len(admin.sms(persona.phone)) == 1


def test_going_back_and_submitting_again_after_success_shows_the_same_case(user, admin, persona,
                                                                           frozen_clock):
    confirmation = user.reach_confirmation("6000")
    user.submit()
    number = user.case_number
    user.page = confirmation

    user.submit()

    assert user.case_number == number
    assert len(admin.cases(persona.id_number)) == 1


def test_confirmation_is_gone_after_success(user, frozen_clock):
    user.declare()

    user.open("/declaration/confirm")

    assert user.redirects == ["/declaration/form", "/declaration/notice"]


def test_a_later_declaration_withdraws_the_open_one_and_takes_the_next_number(user, admin,
                                                                             persona, frozen_clock):
    first = user.declare("6000")

    second = user.declare("7000")

    cases = admin.cases(persona.id_number)
    assert [(c["number"], c["status"]) for c in cases] == [
        (second, "已提交"),
        (first, "已撤回"),
    ]
    assert second == "111101086949863441300201400300202202206110002"


def test_declaration_refused_at_submit_takes_no_number(user, make_user, frozen_clock):
    user.declare("6000")
    frozen_clock.freeze("2022-06-11T09:40:00+08:00")
    user.reach_confirmation("7000")
    frozen_clock.freeze("2022-06-11T10:00:00+08:00")

    page = user.submit()

    assert page.status_code == 409
    assert alert_of(page) == ("您2021年7月至2022年6月缴费年度的申报已办结。"
                              "一个缴费年度内缴费基数和缴费周期不进行调整。")
    assert declare_as_new_person(make_user) == "111101086949863441300201400300202202206110002"


# status by the mock clock --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        ("2022-06-11T09:30:00+08:00", "已提交"),
        ("2022-06-11T09:34:59+08:00", "已提交"),
        ("2022-06-11T09:35:00+08:00", "已受理"),
        ("2022-06-11T09:59:59+08:00", "已受理"),
        ("2022-06-11T10:00:00+08:00", "已办结"),
        ("2022-06-20T10:00:00+08:00", "已办结"),
    ],
    ids=["at-once", "before-5-min", "at-5-min", "before-30-min", "at-30-min", "days-later"],
)
def test_case_status_follows_the_mock_clock(user, admin, persona, frozen_clock, moment, status):
    user.declare()
    frozen_clock.freeze(moment)

    [case] = admin.cases(persona.id_number)

    assert case["status"] == status


def test_each_status_change_is_recorded_at_the_time_it_was_due(user, admin, persona, frozen_clock):
    user.declare()
    frozen_clock.freeze("2022-06-11T12:00:00+08:00")

    [case] = admin.cases(persona.id_number)

    assert case["history"] == [
        event("已提交", "2022-06-11T09:30:00+08:00"),
        event("已受理", "2022-06-11T09:35:00+08:00"),
        event("已办结", "2022-06-11T10:00:00+08:00", "通过"),
    ]


def test_completion_sends_an_sms_to_the_logged_in_phone(user, admin, persona, frozen_clock):
    user.declare()
    frozen_clock.freeze("2022-06-11T10:00:00+08:00")

    messages = admin.sms(persona.phone)

    number = "111101086949863441300201400300202202206110001"
    assert messages == [
        {"phone": persona.phone, "sent_at": "2022-06-11T09:30:00+08:00", "state": "已发送",
         "text": f"【北京市政务服务网】您申请的“{ITEM}”（办件单号：{number}）已提交，"
                 "预计于今日完成办结，请耐心等待。"},
        {"phone": persona.phone, "sent_at": "2022-06-11T10:00:00+08:00", "state": "已发送",
         "text": f"【北京市政务服务网】您申请的“{ITEM}”（办件单号：{number}）已办结，"
                 "办理结果：通过。请登录“我的空间”查看详情。"},
    ]


def test_completion_is_sent_once_however_often_it_is_read(user, admin, persona, frozen_clock):
    user.declare()
    frozen_clock.freeze("2022-06-11T10:00:00+08:00")
    admin.sms(persona.phone)
    admin.cases(persona.id_number)

    messages = admin.sms(persona.phone)

    assert [m["sent_at"] for m in messages] == ["2022-06-11T09:30:00+08:00",
                                               "2022-06-11T10:00:00+08:00"]


def test_case_detail_page_shows_the_completed_status(user, frozen_clock):
    number = user.declare()
    frozen_clock.freeze("2022-06-11T10:00:00+08:00")

    page = user.open(f"/space/progress/cases/{number}")

    assert text_by_testid(page, "case-status") == "已办结"
    assert "我的办件 共1件，已办结1件" in text_of(user.open("/space/"))


def test_case_submitted_late_in_the_evening_is_completed_before_midnight(user, admin, persona,
                                                                         clock):
    clock.freeze("2022-06-11T23:50:00+08:00")
    user.declare()
    clock.freeze("2022-06-12T08:00:00+08:00")

    [case] = admin.cases(persona.id_number)

    assert case["history"] == [
        event("已提交", "2022-06-11T23:50:00+08:00"),
        event("已受理", "2022-06-11T23:55:00+08:00"),
        event("已办结", "2022-06-11T23:59:59+08:00", "通过"),
    ]


def test_case_submitted_just_before_midnight_is_still_completed_the_same_day(user, admin,
                                                                            persona, clock):
    clock.freeze("2022-06-11T23:58:00+08:00")
    user.declare()
    clock.freeze("2022-06-12T08:00:00+08:00")

    [case] = admin.cases(persona.id_number)

    assert case["history"] == [
        event("已提交", "2022-06-11T23:58:00+08:00"),
        event("已受理", "2022-06-11T23:59:59+08:00"),
        event("已办结", "2022-06-11T23:59:59+08:00", "通过"),
    ]


def event(status: str, at: str, result: str | None = None) -> dict:
    """A history row as the control API gives it (no reason, no why)."""
    return {"status": status, "at": at, "result": result, "reason": None, "why": None}


# back after a 提交 whose answer was lost (docs/decisions.md) ----------------------------------


def test_after_a_lost_submit_the_form_names_the_case_that_stands(user, admin, persona,
                                                                 frozen_clock):
    user.reach_confirmation("6000")
    admin.set_faults({"path": "/declaration/confirm", "method": "POST", "drop": True,
                      "times": 1})
    with pytest.raises(ConnectionDropped):
        user.submit()
    (first,) = admin.cases(persona.id_number)

    page = user.open("/declaration/form")

    assert text_of(page).count(STANDING.format(number=first["number"])) == 1


def test_a_new_submit_after_a_lost_one_replaces_it_and_says_so(user, admin, persona,
                                                               frozen_clock):
    user.reach_confirmation("6000")
    admin.set_faults({"path": "/declaration/confirm", "method": "POST", "drop": True,
                      "times": 1})
    with pytest.raises(ConnectionDropped):
        user.submit()
    first = admin.cases(persona.id_number)[0]["number"]
    user.open("/declaration/form")
    confirmation = user.fill_in("7000")
    assert STANDING.format(number=first) in text_of(confirmation)

    page = user.submit()

    second = user.case_number
    assert (f"您此前提交的办件（办件单号：{first}）已被本次申报替代，状态为已撤回。"
            in text_of(page))
    assert [(c["number"], c["status"], c["history"][-1]["why"])
            for c in admin.cases(persona.id_number)] == [
        (second, "已提交", None), (first, "已撤回", "已被同一缴费年度的新申报替代")]


def test_without_an_open_case_the_form_names_none(user, frozen_clock):
    page = user.reach_form()

    assert "您已提交本缴费年度的申报" not in text_of(page)
