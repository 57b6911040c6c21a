"""第9步: the SMS outbox page (test mode) — per phone, newest first."""

import pytest
from playwright.sync_api import expect

from pages import SmsOutboxPage
from support.expected import SMS_APPROVED, SMS_SUBMITTED

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.sms]

#: When `declarant` declares: the mock clock frozen there (e2e/conftest.py's declaration_day).
DECLARATION_DAY = "2025-09-01T10:00:00+08:00"


@pytest.mark.portal_wide("clock")
def test_the_submission_sms_goes_to_the_accounts_phone(submitted, persona):
    number = submitted.case_number.inner_text()

    outbox = submitted.header.open_sms_outbox().filter_by_phone(persona.phone)

    expect(outbox.messages).to_have_count(1)
    expect(outbox.text_of(outbox.latest)).to_have_text(SMS_SUBMITTED.format(number=number))
    expect(outbox.latest).to_contain_text(f"{persona.phone} · 2025-09-01 10:00:00")
    expect(outbox.phone).to_have_value(persona.phone)


@pytest.mark.portal_wide("clock")
def test_the_completion_sms_comes_first_once_the_case_is_done(page, case_number, persona, clock):
    clock.advance(minutes=30)

    outbox = SmsOutboxPage(page).open(persona.phone)

    expect(outbox.messages).to_have_count(2)
    expect(outbox.text_of(outbox.messages.nth(0))).to_have_text(
        SMS_APPROVED.format(number=case_number))
    expect(outbox.text_of(outbox.messages.nth(1))).to_have_text(
        SMS_SUBMITTED.format(number=case_number))


def test_a_phone_without_messages_shows_none(page, make_persona):
    quiet = make_persona()

    outbox = SmsOutboxPage(page).open().filter_by_phone(quiet.phone)

    expect(outbox.empty).to_have_text("暂无短信")
    expect(outbox.messages).to_have_count(0)


@pytest.mark.portal_wide("clock")
def test_show_all_clears_the_filter(page, case_number, persona):
    outbox = SmsOutboxPage(page).open(persona.phone)

    outbox = outbox.show_all()

    expect(outbox.phone).to_have_value("")
    expect(outbox.show_all_link).to_be_hidden()
    expect(outbox.messages.filter(has_text=persona.phone)).to_have_count(1)
