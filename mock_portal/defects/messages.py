"""Seeded defects of 我的消息, the site messages (area `messages`)."""

from __future__ import annotations

from ..domain.messages import SENT
from .defect import Defect

UNREAD_COUNTS_EVERY_MESSAGE = Defect(
    "unread-counts-every-message", "messages",
    "我的消息's unread count counts the messages already opened too.",
    rules={"unread_count": len})


def _codes_received(row: dict) -> bool:
    return row["state"] == SENT


VERIFICATION_CODES_IN_MESSAGES = Defect(
    "verification-codes-in-messages", "messages",
    "我的消息 lists the SMS verification codes sent to the phone among the messages.",
    rules={"received": _codes_received})


def _unsent_received(row: dict) -> bool:
    return not row["verification_code"]


UNSENT_MESSAGES_SHOWN = Defect(
    "unsent-messages-shown", "messages",
    "我的消息 shows messages still 待发送 or 发送失败 at the gateway as received.",
    rules={"received": _unsent_received})

DEFECTS = (UNREAD_COUNTS_EVERY_MESSAGE, VERIFICATION_CODES_IN_MESSAGES, UNSENT_MESSAGES_SHOWN)
