"""CSRF tokens for the HTML forms of both origins (one per cookie session)."""

from __future__ import annotations

import secrets

from flask import Flask, abort, request, session

from .domain import constant_time


def token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(24)
    return session["csrf"]


def protect(app: Flask, message: str, exempt: tuple[str, ...] = ()) -> None:
    """Refuse every form POST of `app` outside `exempt` blueprints without this session's token
    (`exempt`: the app's own exemptions and its gates', mock_portal/web.py)."""

    def check() -> None:
        # No route matched: let the 404/405 answer stand rather than a CSRF refusal.
        if (request.method != "POST"
                or request.blueprint in exempt
                or request.routing_exception is not None):
            return
        # The form is read first, so a body over MAX_CONTENT_LENGTH is a 413 for everyone.
        given = request.form.get("csrf_token", "")
        expected = session.get("csrf")
        if not expected or not constant_time.equal(given, expected):
            abort(400, description=message)

    app.before_request(check)
    app.context_processor(lambda: {"csrf_token": token})
