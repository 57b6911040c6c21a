"""The SMS gateway: messages are "sent" into the outbox that tests and people read."""

from __future__ import annotations

from datetime import datetime

from ..domain import case_status
from ..domain.case_numbers import ITEM_NAME
from ..store import Store

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


def send(store: Store, phone: str, text: str, at: datetime) -> None:
    store.outbox.add(phone, text, at)


def case_template(status: str, result: str | None) -> str | None:
    """The message a move to `status` (with `result`) sends; None for moves nobody is told of."""
    if status == case_status.COMPLETED:
        return CASE_APPROVED if result == case_status.APPROVED else CASE_REJECTED
    return {case_status.NOT_ACCEPTED: CASE_NOT_ACCEPTED,
            case_status.WITHDRAWN: CASE_WITHDRAWN}.get(status)


def send_case_message(store: Store, phone: str, template: str, number: str,
                      at: datetime, reason: str | None = None) -> None:
    # The template ends the reason's sentence itself.
    reason = (reason or "").rstrip("。.；; ")
    send(store, phone, template.format(item=ITEM_NAME, number=number, reason=reason), at)
