"""The portal's session: who is logged in, by the mock clock's idle rule."""

from __future__ import annotations

from datetime import timedelta
from functools import wraps

from flask import current_app, g, redirect, request, session, url_for

from .. import in_request
from ..domain.cycles import CYCLES, MONTHLY
from ..store import get_store

#: Keys of the cookie session that survive a login: where the person was in the declaration.
#: None of them says who the person is; that always comes from the login.
KEPT_ACROSS_LOGIN = ("office_id", "agreed", "pending", "typed")
#: The form whose typed values are kept as a draft when it is posted after the session ended.
DRAFT_FORM = "declaration.form"
#: As the declaration keeps it (declaration.DRAFT_WAGE_LENGTH).
DRAFT_WAGE_LENGTH = 40


def current_person() -> dict | None:
    """The logged-in person, or None when there is no session or it went idle."""
    if "person" not in g:
        g.person = None
        g.ended_session_person_id = None
        sid = session.get("sid")
        if sid:
            now = in_request.now()
            idle = timedelta(minutes=current_app.config["SETTINGS"].session_idle_minutes)
            store = get_store()
            live = store.portal.sessions.live(sid, now, now - idle)
            if live is None:
                session.pop("sid", None)
                ended = store.portal.sessions.find(sid)
                g.ended_session_person_id = ended["person_id"] if ended else None
            else:
                g.person = store.identity.person(live["person_id"])
    return g.person


def _keep_typed_values_as_draft() -> None:
    """在线填表 posted after the session ended: keep what was typed for the session's person.

    The ended session row still names the person, so the values go to their draft, which the
    form offers again (「已恢复您于…保存的草稿」) once they are back after logging in.
    """
    person_id = g.get("ended_session_person_id")
    office_id = session.get("office_id")
    if request.endpoint != DRAFT_FORM or person_id is None or not office_id:
        return
    cycle = request.form.get("cycle", MONTHLY)
    get_store().portal.save_draft(person_id, office_id,
                                  request.form.get("wage", "")[:DRAFT_WAGE_LENGTH],
                                  cycle if cycle in CYCLES else MONTHLY,
                                  in_request.now())
    # The draft, not older values of this browser, is what the form shows after login.
    session.pop("typed", None)
    session.pop("pending", None)


def login_required(view):
    """Send a person without a live session through login, and back to this page."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if current_person() is None:
            if request.method == "POST":
                _keep_typed_values_as_draft()
            back = request.full_path if request.method == "GET" else request.path
            return redirect(url_for("auth.login", next=back.rstrip("?")))
        return view(*args, **kwargs)

    return wrapper


def start_session(person: dict) -> None:
    """A fresh cookie session and a new store session for `person` (no fixation)."""
    kept = {k: session[k] for k in KEPT_ACROSS_LOGIN if k in session}
    session.clear()
    session.update(kept)
    session["sid"] = get_store().portal.sessions.start(person["id"],
                                                       in_request.now())
    g.person = person


def end_session() -> None:
    sid = session.get("sid")
    if sid:
        get_store().portal.sessions.end(sid, in_request.now())
    session.clear()

