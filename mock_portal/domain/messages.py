"""The SMS gateway's message states, and which messages are site messages in 我的消息
(docs/domain.md §7.4)."""

from __future__ import annotations

SENT = "已发送"
PENDING = "待发送"
FAILED = "发送失败"


def received(row: dict) -> bool:
    """Whether an outbox row is a site message: sent, and not a verification code."""
    return row["state"] == SENT and not row["verification_code"]


def unread_count(messages: list) -> int:
    """How many of `messages` (each with `unread`) are still unread."""
    return sum(1 for message in messages if message.unread)
