"""短信发件箱: the SMS outbox as a page, for people (like Mailpit for e-mail); test mode only."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from .. import in_request
from ..store import get_store

bp = Blueprint("outbox", __name__, url_prefix="/__outbox")


@bp.get("/")
def index():
    """Every SMS sent, newest first; `phone` narrows to one number."""
    in_request.advance_due()
    phone = request.args.get("phone", "").strip()
    messages = get_store().outbox.messages(phone or None, newest_first=True)
    return render_template("outbox/index.html", messages=messages, phone=phone)
