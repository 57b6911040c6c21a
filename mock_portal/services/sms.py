"""The SMS gateway: messages are "sent" into the outbox that tests and people read."""

from __future__ import annotations

from datetime import datetime

from ..domain.case_numbers import ITEM_NAME
from ..store import Store

CASE_SUBMITTED = (
    "【北京市政务服务网】您申请的“{item}”（办件单号：{number}）已提交，"
    "预计于今日完成办结，请耐心等待。"
)
CASE_COMPLETED = (
    "【北京市政务服务网】您申请的“{item}”（办件单号：{number}）已办结，"
    "请登录“我的空间”查看办理结果。"
)


def send(store: Store, phone: str, text: str, at: datetime) -> None:
    store.outbox.add(phone, text, at)


def send_case_message(store: Store, phone: str, template: str, number: str,
                      at: datetime) -> None:
    send(store, phone, template.format(item=ITEM_NAME, number=number), at)
