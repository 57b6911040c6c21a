"""The SMS gateway's modes (GET/PUT /__admin/sms-gateway, docs/decisions.md D11): a slow gateway
sends later by the mock clock, a failing one keeps the message as 发送失败 and sends it once
it is back; the case never waits on it and is never lost with it."""

from __future__ import annotations

import pytest

from support.expected import GUIDE_DAY, ITEM
from support.html import list_items, table_rows

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.sms]

SUBMITTED = ("【北京市政务服务网】您申请的“{item}”（办件单号：{number}）已提交，"
             "预计于今日完成办结，请耐心等待。")
NOT_ACCEPTED = ("【北京市政务服务网】您申请的“{item}”（办件单号：{number}）不予受理，"
                "原因：申请人不属于本市灵活就业人员。请登录“我的空间”查看详情。")
OUTBOX_LIST = r'<ul aria-label="短信列表"[^>]*>'


def _submitted(number: str) -> str:
    return SUBMITTED.format(item=ITEM, number=number)


def _history(user, number: str) -> list[list[str]]:
    return table_rows(user.open(f"/space/progress/cases/{number}"), "办理过程")[1:]  # no header


# the mode itself ---------------------------------------------------------------------------


def test_the_gateway_is_ok_with_a_two_minute_delay_by_default(admin):
    assert admin.sms_gateway() == {"mode": "ok", "delay_minutes": 2}


def test_slow_takes_a_delay_of_its_own(admin):
    answer = admin.set_sms_gateway("slow", delay_minutes=15)

    assert (answer, admin.sms_gateway()) == ({"mode": "slow", "delay_minutes": 15},) * 2


@pytest.mark.parametrize(("body", "field"), [
    ({"mode": "down"}, "mode"),
    ({}, "mode"),
    ({"mode": "slow", "delay_minutes": 0}, "delay_minutes"),
    ({"mode": "slow", "delay_minutes": "2"}, "delay_minutes"),
    ({"mode": "slow", "delay_minutes": 1441}, "delay_minutes"),
])
def test_a_bad_setting_is_refused_naming_the_field_and_changes_nothing(admin, body, field):
    admin.set_sms_gateway("fail")

    answer = admin.call("PUT", "/sms-gateway", json=body)

    assert (answer.status_code, answer.json()["field"], admin.sms_gateway()["mode"]) == (
        400, field, "fail")


def test_reset_makes_the_gateway_ok_again(admin):
    admin.set_sms_gateway("slow", delay_minutes=9)

    admin.reset()

    assert admin.sms_gateway() == {"mode": "ok", "delay_minutes": 2}


# slow ---------------------------------------------------------------------------------------


def test_a_slow_gateway_does_not_hold_up_the_declaration(user, admin, persona, clock):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway("slow")

    number = user.declare()

    assert [c["number"] for c in admin.cases(persona.id_number)] == [number]
    assert admin.sms(persona.phone) == [
        {"phone": persona.phone, "text": _submitted(number),
         "sent_at": "2022-06-11T09:30:00+08:00", "state": "待发送"}]


def test_a_slow_gateway_sends_once_the_clock_passes_its_delay(user, admin, persona, clock):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway("slow", delay_minutes=2)
    number = user.declare()
    clock.advance(minutes=1, seconds=59)
    before = [m["state"] for m in admin.sms(persona.phone)]

    clock.advance(seconds=1)

    assert (before, admin.sms(persona.phone)) == (["待发送"], [
        {"phone": persona.phone, "text": _submitted(number),
         "sent_at": "2022-06-11T09:32:00+08:00", "state": "已发送"}])


def test_a_waiting_message_shows_in_the_case_history(user, admin, clock):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway("slow")
    number = user.declare()

    rows = _history(user, number)

    assert rows == [["2022-06-11 09:30:00", "已提交", ""],
                    ["2022-06-11 09:30:00", "短信通知", "待发送"]]


# fail ---------------------------------------------------------------------------------------


def test_a_failing_gateway_keeps_the_case_and_the_message_as_failed(user, admin, persona,
                                                                     clock):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway("fail")

    number = user.declare()

    assert user.path == f"/declaration/success/{number}"
    assert admin.case(number)["status"] == "已提交"
    assert admin.sms(persona.phone) == [
        {"phone": persona.phone, "text": _submitted(number),
         "sent_at": "2022-06-11T09:30:00+08:00", "state": "发送失败"}]


@pytest.mark.parametrize(("mode", "marked"), [("fail", " · 发送失败"), ("ok", "")])
def test_the_outbox_marks_a_failed_message_and_no_sent_one(user, admin, client, persona,
                                                           clock, mode, marked):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway(mode)
    number = user.declare()

    page = client.get("/__outbox/", query_string={"phone": persona.phone})

    assert list_items(page, OUTBOX_LIST) == [
        f"{persona.phone} · 2022-06-11 09:30:00{marked}{_submitted(number)}"]


def test_the_gateway_back_sends_what_failed_in_order(user, admin, persona, clock):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway("fail")
    number = user.declare()
    clock.advance(minutes=1)
    admin.transition(number, "不予受理", reason="申请人不属于本市灵活就业人员")
    clock.advance(minutes=10)

    admin.set_sms_gateway("ok")

    assert admin.sms(persona.phone) == [
        {"phone": persona.phone, "text": _submitted(number),
         "sent_at": "2022-06-11T09:41:00+08:00", "state": "已发送"},
        {"phone": persona.phone, "text": NOT_ACCEPTED.format(item=ITEM, number=number),
         "sent_at": "2022-06-11T09:41:00+08:00", "state": "已发送"}]


def test_the_case_history_shows_the_failure_and_the_sending(user, admin, clock):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway("fail")
    number = user.declare()
    clock.advance(minutes=3)
    admin.set_sms_gateway("ok")

    rows = _history(user, number)

    assert rows == [["2022-06-11 09:30:00", "已提交", ""],
                    ["2022-06-11 09:30:00", "短信通知", "发送失败"],
                    ["2022-06-11 09:33:00", "短信通知", "已重新发送"]]


def test_the_control_api_gives_the_case_history_with_its_sms_rows(user, admin, clock):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway("fail")
    number = user.declare()
    clock.advance(minutes=3)
    admin.set_sms_gateway("ok")

    history = admin.case(number)["history"]

    assert history == [
        {"status": "已提交", "at": "2022-06-11T09:30:00+08:00", "result": None, "reason": None,
         "why": None},
        {"status": "短信通知", "at": "2022-06-11T09:30:00+08:00", "result": None,
         "reason": None, "why": "发送失败"},
        {"status": "短信通知", "at": "2022-06-11T09:33:00+08:00", "result": None,
         "reason": None, "why": "已重新发送"}]


def test_the_control_api_gives_a_waiting_message_in_the_case_history(user, admin, persona,
                                                                     clock):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway("slow")
    user.declare()

    [case] = admin.cases(persona.id_number)

    assert [(e["status"], e["why"]) for e in case["history"]] == [
        ("已提交", None), ("短信通知", "待发送")]


def test_a_failing_gateway_stays_failed_while_slow(user, admin, persona, clock):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway("fail")
    user.declare()

    admin.set_sms_gateway("slow")
    clock.advance(minutes=29)  # before 已办结, whose own message would wait

    assert [m["state"] for m in admin.sms(persona.phone)] == ["发送失败"]


def test_a_waiting_message_fails_when_the_gateway_fails_before_it_is_due(user, admin, persona,
                                                                         clock):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway("slow")
    user.declare()
    clock.advance(minutes=1)
    admin.set_sms_gateway("fail")

    clock.advance(minutes=1)

    assert [(m["state"], m["sent_at"]) for m in admin.sms(persona.phone)] == [
        ("发送失败", "2022-06-11T09:32:00+08:00")]


def test_a_code_the_failing_gateway_kept_still_counts_as_sent(user, admin, persona, clock):
    clock.freeze(GUIDE_DAY)
    admin.set_sms_gateway("fail")
    user.open_login_page("/space/", tab="sms")

    user.request_code(persona.phone)

    assert ([m["state"] for m in admin.sms(persona.phone)],
            admin.sms_code_state(persona.phone)["state"]) == (["发送失败"], "valid")
