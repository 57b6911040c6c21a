"""我的消息 (messages blueprint) and 我的空间's messages: the SMS the person's phone received as
site messages, newest first, unread until opened; someone else's never shown (docs/domain.md
§7.4)."""

from __future__ import annotations

import re

import pytest

from support.expected import SMS_APPROVED, SMS_SUBMITTED
from support.html import status_of, table_rows, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.messages]

MESSAGES = "/space/messages/"
HEADER = ["状态", "发送时间", "消息内容", "操作"]


def message_paths(page) -> list[str]:
    """The 查看 links of a page's messages, top to bottom."""
    return re.findall(r'href="(/space/messages/\d+)">查看<', page.text)


@pytest.fixture
def number(user, frozen_clock) -> str:
    """The persona's case, 已提交 on the guide's day (its SMS sent then)."""
    return user.declare("8000")


def test_without_messages_my_space_and_the_list_say_so(user):
    user.log_in_from_portal("/space/")

    space, listed = user.open("/space/"), user.open(MESSAGES)

    assert "我的消息 未读消息 0条 暂无消息 全部消息" in text_of(space)
    assert (listed.status_code, status_of(listed)) == (200, "暂无消息")


def test_the_sms_of_a_submission_is_an_unread_message_in_my_space(user, number):
    page = user.open("/space/")

    assert "未读消息 1条" in text_of(page)
    assert table_rows(page, "最新消息") == [
        HEADER, ["未读", "2022-06-11 09:30", SMS_SUBMITTED.format(number=number), "查看"]]


def test_the_list_counts_the_messages_and_the_unread_ones(user, number):
    page = user.open(MESSAGES)

    assert status_of(page) == "共1条消息，未读1条"
    assert table_rows(page, "我的消息") == [
        HEADER, ["未读", "2022-06-11 09:30", SMS_SUBMITTED.format(number=number), "查看"]]


def test_opening_a_message_shows_it_whole_and_marks_it_read(user, number, clock):
    [path] = message_paths(user.open(MESSAGES))
    clock.advance(minutes=1)

    opened = user.open(path)

    assert opened.status_code == 200
    assert (f"消息详情 发送方 北京市政务服务网 发送时间 2022-06-11 09:30:00 消息内容 "
            f"{SMS_SUBMITTED.format(number=number)} 查看办件 返回我的消息") in text_of(opened)
    assert f'href="/space/progress/cases/{number}"' in opened.text
    listed = user.open(MESSAGES)
    assert status_of(listed) == "共1条消息，未读0条"
    assert table_rows(listed, "我的消息")[1][0] == "已读"
    assert "未读消息 0条" in text_of(user.open("/space/"))


def test_a_message_stays_read_when_opened_again(user, number):
    [path] = message_paths(user.open(MESSAGES))
    user.open(path)

    again = user.open(path)

    assert again.status_code == 200
    assert status_of(user.open(MESSAGES)) == "共1条消息，未读0条"


def test_the_result_sent_later_comes_first_and_unread(user, number, clock):
    [first] = message_paths(user.open(MESSAGES))
    user.open(first)

    clock.advance(minutes=30)  # the clock completes the case, 通过, and its SMS goes out
    page = user.open(MESSAGES)

    assert status_of(page) == "共2条消息，未读1条"
    assert table_rows(page, "我的消息")[1:] == [
        ["未读", "2022-06-11 10:00", SMS_APPROVED.format(number=number), "查看"],
        ["已读", "2022-06-11 09:30", SMS_SUBMITTED.format(number=number), "查看"]]


def test_my_space_shows_the_five_newest_messages(user, admin, frozen_clock):
    numbers = []
    for minute in range(6):
        numbers.append(user.declare(str(6000 + minute)))
        frozen_clock.advance(minutes=1)

    page = user.open("/space/")

    assert "未读消息 6条" in text_of(page)
    assert [row[2] for row in table_rows(page, "最新消息")[1:]] == [
        SMS_SUBMITTED.format(number=n) for n in reversed(numbers[1:])]


def test_someone_elses_message_is_never_shown_nor_marked_read(user, make_user, number):
    [path] = message_paths(user.open(MESSAGES))
    other, _ = make_user()
    other.log_in_from_portal("/space/")

    refused, theirs = other.open(path), other.open(MESSAGES)

    assert (refused.status_code, "未找到该消息。" in text_of(refused)) == (404, True)
    assert status_of(theirs) == "暂无消息"
    assert status_of(user.open(MESSAGES)) == "共1条消息，未读1条"


def test_an_unknown_message_is_not_found(user, number):
    page = user.open(f"{MESSAGES}999999")

    assert (page.status_code, "未找到该消息。" in text_of(page)) == (404, True)


def test_messages_need_a_login(user):
    user.open(MESSAGES)

    assert user.origin == "idp"


def test_verification_codes_are_no_site_messages(user, admin, persona, frozen_clock):
    user.open_login_page("/space/", tab="sms")
    user.request_code(persona.phone)
    user.sms_log_in(persona.phone, admin.sms_code(persona.phone))

    page = user.open(MESSAGES)

    assert [m["text"][:5] for m in admin.sms(persona.phone)] == ["【北京通】"]
    assert status_of(page) == "暂无消息"


def test_a_message_waiting_at_a_slow_gateway_shows_once_it_is_sent(user, admin, frozen_clock):
    admin.set_sms_gateway("slow")
    user.declare()
    before = status_of(user.open(MESSAGES))

    frozen_clock.advance(minutes=2)

    assert (before, status_of(user.open(MESSAGES))) == ("暂无消息", "共1条消息，未读1条")


def test_the_space_navigation_leads_to_my_messages(user):
    user.log_in_from_portal("/space/")

    elsewhere, here = user.open("/space/progress"), user.open(MESSAGES)

    assert '<a href="/space/messages/">我的消息</a>' in elsewhere.text
    assert '<a href="/space/messages/" aria-current="page">我的消息</a>' in here.text
