"""The SMS gateway slow or failing (docs/decisions.md D11), as the person sees it: a failed
message shows as 发送失败 in the outbox and in 查看详情's 办理过程 and arrives once the gateway is
back; 提交 never waits on a slow one, shown as 待发送.

The gateway's rules (delays, order, resending, the control API's history) are held by
tests/app/test_sms_gateway.py."""

import pytest
from playwright.sync_api import expect

from pages import MySpacePage, SmsOutboxPage
from support.expected import SMS_SUBMITTED

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock", "sms_gateway"), pytest.mark.sms]

#: When `declarant` declares: the mock clock frozen there (e2e/conftest.py's declaration_day).
DECLARATION_DAY = "2025-09-01T10:00:00+08:00"


@pytest.fixture
def failed(confirmation_of, set_sms_gateway):
    """申请提交成功 for 8000 元 while the SMS gateway fails."""
    confirmation = confirmation_of("8000")
    set_sms_gateway("fail")
    return confirmation.submit()


def test_a_failed_sms_shows_as_failed_in_the_outbox_and_the_case_history(failed, persona):
    number = failed.case_number.inner_text()

    outbox = failed.header.open_sms_outbox().filter_by_phone(persona.phone)

    expect(outbox.messages).to_have_count(1)
    expect(outbox.state_of(outbox.latest)).to_have_text("发送失败")
    expect(outbox.text_of(outbox.latest)).to_have_text(SMS_SUBMITTED.format(number=number))
    detail = MySpacePage(failed.page).open().view_case(number)
    expect(detail.status).to_have_text("已提交")
    expect(detail.history_cells).to_have_text([
        "2025-09-01 10:00:00", "已提交", "",
        "2025-09-01 10:00:00", "短信通知", "发送失败"])


def test_a_failed_sms_arrives_once_the_gateway_is_back(failed, set_sms_gateway, persona,
                                                       clock):
    number = failed.case_number.inner_text()
    clock.advance(minutes=3)

    set_sms_gateway("ok")

    outbox = SmsOutboxPage(failed.page).open(persona.phone)
    expect(outbox.messages).to_have_count(1)
    expect(outbox.state_of(outbox.latest)).to_have_count(0)
    expect(outbox.latest).to_contain_text(f"{persona.phone} · 2025-09-01 10:03:00")
    expect(outbox.text_of(outbox.latest)).to_have_text(SMS_SUBMITTED.format(number=number))
    detail = MySpacePage(failed.page).open().view_case(number)
    expect(detail.history_rows.last.get_by_role("cell")).to_have_text(
        ["2025-09-01 10:03:00", "短信通知", "已重新发送"])


def test_submit_works_while_the_gateway_is_slow(confirmation_of, set_sms_gateway, admin, persona):
    confirmation = confirmation_of("8000")
    set_sms_gateway("slow", delay_minutes=2)

    success = confirmation.submit()

    expect(success.case_number).to_have_text(admin.cases(persona.id_number)[0]["number"])
    outbox = success.header.open_sms_outbox().filter_by_phone(persona.phone)
    expect(outbox.state_of(outbox.latest)).to_have_text("待发送")
