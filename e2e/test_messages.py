"""我的消息 in 用户空间 (docs/domain.md §7.4): the SMS the person's phone received as site
messages, unread until opened; a result sent later appears by itself; nobody sees another
person's messages. Time and outcomes are driven through the control API on a frozen clock."""

import pytest
from playwright.sync_api import expect

from pages import MyMessagesPage, MySpacePage, PortalErrorPage
from support.expected import SMS_APPROVED, SMS_SUBMITTED

pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.messages]

#: When `declarant` declares: the mock clock frozen there (e2e/conftest.py's declaration_day).
DECLARATION_DAY = "2025-09-01T10:00:00+08:00"


def test_my_space_shows_the_submission_sms_as_an_unread_message(page, case_number):
    space = MySpacePage(page).open()

    expect(space.unread).to_have_text("1条")
    expect(space.latest_message_rows.get_by_role("cell")).to_have_text(
        ["未读", "2025-09-01 10:00", SMS_SUBMITTED.format(number=case_number), "查看"])


def test_opening_a_message_shows_it_whole_and_reads_it(page, case_number):
    messages = MySpacePage(page).open().open_messages()

    message = messages.open_message(case_number)

    expect(message.sender).to_have_text("北京市政务服务网")
    expect(message.sent_at).to_have_text("2025-09-01 10:00:00")
    expect(message.text).to_have_text(SMS_SUBMITTED.format(number=case_number))
    messages = message.back_to_messages()
    expect(messages.summary).to_have_text("共1条消息，未读0条")
    expect(messages.states).to_have_text(["已读"])


def test_the_result_arrives_as_a_new_unread_message_on_top(page, admin, case_number):
    MySpacePage(page).open().open_messages().open_message(case_number)
    admin.transition(case_number, "已受理")
    admin.transition(case_number, "已办结", result="通过")

    messages = MyMessagesPage(page).open()

    expect(messages.summary).to_have_text("共2条消息，未读1条")
    expect(messages.states).to_have_text(["未读", "已读"])
    expect(messages.rows.first).to_contain_text(SMS_APPROVED.format(number=case_number))


def test_a_message_leads_to_its_case(page, admin, case_number):
    admin.transition(case_number, "已受理")
    admin.transition(case_number, "已办结", result="通过")
    message = MySpacePage(page).open().open_latest_message("办理结果：通过")

    detail = message.view_case()

    expect(detail.case_number).to_have_text(case_number)
    expect(detail.result).to_have_text("通过")


def test_another_person_sees_none_of_these_messages(page, case_number, make_persona,
                                                    browser_elsewhere):
    message_url = MySpacePage(page).open().open_latest_message(case_number).page.url
    other = browser_elsewhere(make_persona())

    space = MySpacePage(other).open()
    expect(space.unread).to_have_text("0条")
    expect(space.no_messages).to_be_visible()
    other.goto(message_url)

    expect(PortalErrorPage(other).error).to_have_text("未找到该消息。")


def test_without_messages_the_list_says_so(page, persona, login):
    login(persona)

    messages = MyMessagesPage(page).open()

    expect(messages.summary).to_have_text("暂无消息")
    expect(messages.rows).to_have_count(0)
