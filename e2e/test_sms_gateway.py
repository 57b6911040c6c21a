"""The SMS gateway slow or failing (docs/decisions.md D11): 提交 never waits on it, a failed
message shows as 发送失败 in the outbox and in 查看详情's 办理过程, and arrives once the gateway is
back; a slow one arrives after the mock clock moves."""

import pytest
from playwright.sync_api import expect

from pages import MySpacePage, SmsOutboxPage

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock", "sms_gateway"), pytest.mark.sms]

DAY = "2025-09-01T10:00:00+08:00"


def submitted_text(number: str) -> str:
    return (f"【北京市政务服务网】您申请的“灵活就业人员社会保险缴费申报与变更”（办件单号：{number}）"
            "已提交，预计于今日完成办结，请耐心等待。")


@pytest.fixture
def declaration_day():
    return DAY


@pytest.fixture
def gateway(admin):
    """The control API, with the SMS gateway "ok" again after the test (the portal is shared)."""
    yield admin
    admin.set_sms_gateway("ok")


@pytest.fixture
def failed(declare, gateway):
    """申请提交成功 for 8000 元 while the SMS gateway fails."""
    confirmation = declare("8000")
    gateway.set_sms_gateway("fail")
    return confirmation.submit()


def test_a_failed_sms_shows_in_the_outbox_as_failed(failed, persona):
    number = failed.case_number.inner_text()

    outbox = failed.header.open_sms_outbox().filter_by_phone(persona.phone)

    expect(outbox.messages).to_have_count(1)
    expect(outbox.state_of(outbox.latest)).to_have_text("发送失败")
    expect(outbox.text_of(outbox.latest)).to_have_text(submitted_text(number))


def test_a_failed_sms_shows_in_the_case_history(failed):
    number = failed.case_number.inner_text()

    detail = MySpacePage(failed.page).open().view_case(number)

    expect(detail.status).to_have_text("已提交")
    expect(detail.history_cells).to_have_text([
        "2025-09-01 10:00:00", "已提交", "",
        "2025-09-01 10:00:00", "短信通知", "发送失败"])


def test_a_failed_sms_arrives_once_the_gateway_is_back(failed, gateway, persona, clock):
    number = failed.case_number.inner_text()
    clock.advance(minutes=3)

    gateway.set_sms_gateway("ok")

    outbox = SmsOutboxPage(failed.page).open(persona.phone)
    expect(outbox.messages).to_have_count(1)
    expect(outbox.state_of(outbox.latest)).to_have_count(0)
    expect(outbox.latest).to_contain_text(f"{persona.phone} · 2025-09-01 10:03:00")
    expect(outbox.text_of(outbox.latest)).to_have_text(submitted_text(number))


def test_the_case_history_shows_the_sms_sent_once_the_gateway_is_back(failed, gateway, clock):
    number = failed.case_number.inner_text()
    clock.advance(minutes=3)

    gateway.set_sms_gateway("ok")

    detail = MySpacePage(failed.page).open().view_case(number)
    expect(detail.history_rows.last.get_by_role("cell")).to_have_text(
        ["2025-09-01 10:03:00", "短信通知", "已重新发送"])


def test_submit_works_while_the_gateway_is_slow(declare, gateway, persona):
    confirmation = declare("8000")
    gateway.set_sms_gateway("slow", delay_minutes=2)

    success = confirmation.submit()

    expect(success.case_number).to_have_text(gateway.cases(persona.id_number)[0]["number"])
    outbox = success.header.open_sms_outbox().filter_by_phone(persona.phone)
    expect(outbox.state_of(outbox.latest)).to_have_text("待发送")


def test_a_slow_sms_arrives_after_the_clock_moves(declare, gateway, persona, clock):
    confirmation = declare("8000")
    gateway.set_sms_gateway("slow", delay_minutes=2)
    number = confirmation.submit().case_number.inner_text()

    clock.advance(minutes=2)

    outbox = SmsOutboxPage(confirmation.page).open(persona.phone)
    expect(outbox.messages).to_have_count(1)
    expect(outbox.state_of(outbox.latest)).to_have_count(0)
    expect(outbox.latest).to_contain_text(f"{persona.phone} · 2025-09-01 10:02:00")
    expect(outbox.text_of(outbox.latest)).to_have_text(submitted_text(number))
