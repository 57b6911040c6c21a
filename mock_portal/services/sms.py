"""The SMS gateway: messages are "sent" into the outbox that tests and people read, at once,
later (slow) or once it is back (fail), as the mode the caller hands in says
(services/sms_gateway.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

from ..domain import case_status
from ..domain.case_numbers import ITEM_NAME
from ..domain.messages import FAILED, PENDING, SENT
from ..domain.rules import Rules
from ..store import Store
from .sms_gateway import FAIL, SLOW, Gateway

CASE_SUBMITTED = (
    "【北京市政务服务网】您申请的“{item}”（办件单号：{number}）已提交，"
    "预计于今日完成办结，请耐心等待。"
)
CASE_APPROVED = (
    "【北京市政务服务网】您申请的“{item}”（办件单号：{number}）已办结，办理结果：通过。"
    "请登录“我的空间”查看详情。"
)
CASE_REJECTED = (
    "【北京市政务服务网】您申请的“{item}”（办件单号：{number}）已办结，办理结果：不予通过，"
    "原因：{reason}。请登录“我的空间”查看详情。"
)
CASE_NOT_ACCEPTED = (
    "【北京市政务服务网】您申请的“{item}”（办件单号：{number}）不予受理，"
    "原因：{reason}。请登录“我的空间”查看详情。"
)
CASE_WITHDRAWN = (
    "【北京市政务服务网】您申请的“{item}”（办件单号：{number}）已撤回，该办件不再办理。"
)


def send(store: Store, phone: str, text: str, at: datetime, gateway: Gateway,
         case_number: str | None = None, verification_code: bool = False) -> None:
    """Hand a message to the gateway: sent now, due later, or kept as 发送失败 by its mode.

    The caller's work (a case, a code) never waits on the gateway and never fails with it.
    `verification_code` marks the identity platform's codes, which are no site message
    (docs/domain.md §7.4).
    """
    if gateway.mode == SLOW:
        store.outbox.add(phone, text, at, PENDING,
                         due_at=at + timedelta(minutes=gateway.delay_minutes),
                         case_number=case_number, verification_code=verification_code)
    else:
        state = FAILED if gateway.mode == FAIL else SENT
        store.outbox.add(phone, text, at, state, case_number=case_number,
                         verification_code=verification_code)


def deliver_due(store: Store, now: datetime, gateway: Gateway) -> None:
    """Send the slow gateway's messages whose time has come, each at its due time; a failing
    gateway fails them instead."""
    failing = gateway.mode == FAIL
    for message in store.outbox.due(now):
        due = datetime.fromisoformat(message["due_at"])
        if failing:
            store.outbox.mark_failed(message["id"], now)
        else:
            store.outbox.mark_sent(message["id"], due)


def resend(store: Store, now: datetime) -> None:
    """The gateway is back: send what failed or waits, in the order it was handed over."""
    for message in store.outbox.unsent():
        store.outbox.mark_sent(message["id"], now)


def case_template(status: str, result: str | None) -> str | None:
    """The message a move to `status` (with `result`) sends; None for moves nobody is told of."""
    if status == case_status.COMPLETED:
        return CASE_APPROVED if result == case_status.APPROVED else CASE_REJECTED
    return {case_status.NOT_ACCEPTED: CASE_NOT_ACCEPTED,
            case_status.WITHDRAWN: CASE_WITHDRAWN}.get(status)


def send_case_message(store: Store, rules: Rules, phone: str, template: str, number: str,
                      at: datetime, gateway: Gateway, reason: str | None = None) -> None:
    # The template ends the reason's sentence itself.
    reason = (reason or "").rstrip("。.；; ")
    text = rules.case_text(template).format(item=ITEM_NAME, number=number, reason=reason)
    send(store, rules.sms_recipient(phone), text, at, gateway, number)
