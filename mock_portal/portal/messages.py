"""我的消息 in 用户空间: the SMS the person received as site messages; opening one reads it."""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from .. import in_request, web
from ..services import messages
from ..store import get_store
from .security import current_person, login_required

bp = Blueprint("messages", __name__, url_prefix="/space/messages")


def my_messages() -> list[messages.Message]:
    """The person's messages, newest first, once what is due by the clock has been sent."""
    # A case's result (and its SMS) falls due on the mock clock; apply it before reading.
    in_request.advance_due()
    return messages.inbox(get_store(), web.rules(), current_person())


@bp.get("/")
@login_required
def index():
    """我的消息: every message, newest first, unread ones marked, with how many are unread."""
    mine = my_messages()
    return render_template("space/messages.html", messages=mine,
                           unread=web.rules().unread_count(mine))


@bp.get("/<int:message_id>")
@login_required
def message(message_id: int):
    """消息详情: the whole message; opening it marks it read. Someone else's is never shown."""
    my_messages()
    try:
        opened = messages.open_message(get_store(), web.rules(), current_person(), message_id,
                                       in_request.now())
    except messages.MessageNotFound:
        abort(404, description="未找到该消息。")
    return render_template("space/message.html", message=opened)
