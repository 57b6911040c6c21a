"""短信发件箱: the SMS outbox as a page, for people (like Mailpit for e-mail); test mode only."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from .. import conditions, web
from ..services import cases
from ..store import get_store

bp = Blueprint("outbox", __name__, url_prefix="/__outbox")


@bp.get("/")
def index():
    """Every SMS sent, newest first; `phone` narrows to one number."""
    store, mock = get_store(), conditions.current()
    cases.advance_due(store, current_app.config["SETTINGS"], web.rules(), mock.clock.now(),
                      mock.gateway)
    phone = request.args.get("phone", "").strip()
    messages = store.outbox.messages(phone or None, newest_first=True)
    return render_template("outbox/index.html", messages=messages, phone=phone)
