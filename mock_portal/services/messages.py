"""消息: the SMS a person's account phone received, as site messages in 用户空间, each read once
opened (docs/domain.md §7.4)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..domain.rules import Rules
from ..store import Store

#: The sender's signature an SMS starts with, 【北京市政务服务网】.
SIGNATURE = re.compile(r"^【([^】]+)】")


class MessageNotFound(Exception):
    """No such message among the person's (someone else's is never shown)."""


@dataclass(frozen=True)
class Message:
    """One site message: an SMS the person's phone received, and when they first opened it."""

    id: int
    text: str
    sent_at: str
    case_number: str | None
    read_at: str | None

    @property
    def unread(self) -> bool:
        return self.read_at is None

    @property
    def sender(self) -> str:
        """Who sent it, as its signature says (北京市政务服务网); empty without one."""
        match = SIGNATURE.match(self.text)
        return match[1] if match else ""


def inbox(store: Store, rules: Rules, person: dict) -> list[Message]:
    """The person's messages, newest first: every SMS sent to their account's phone, codes left
    out; one still waiting at the gateway or failed is not received, so not shown."""
    read = store.portal.messages_read(person["id"])
    return [Message(row["id"], row["text"], row["sent_at"], row["case_number"],
                    read.get(row["id"]))
            for row in store.outbox.to_phone(person["phone"]) if rules.received(row)]


def open_message(store: Store, rules: Rules, person: dict, message_id: int,
                 now: datetime) -> Message:
    """Open one of the person's messages: from now on it is read."""
    for message in inbox(store, rules, person):
        if message.id == message_id:
            if message.unread:
                store.portal.mark_read(person["id"], message_id, now)
                return Message(message.id, message.text, message.sent_at, message.case_number,
                               now.isoformat())
            return message
    raise MessageNotFound(message_id)
