"""The control API's bearer token (MOCK_PORTAL_ADMIN_TOKEN): with one set, every /__admin call
must carry `Authorization: Bearer <token>`; the SMS outbox page stays open to people."""

from __future__ import annotations

from flask import Flask, jsonify, request

from ..web import Gates

#: Where the guard applies: every control path, known or not (an unknown one says nothing
#: about which exist until the token is right).
PREFIX = "/__admin"
MISSING = "Authorization: required, Bearer and the token the portal runs with " \
          "(MOCK_PORTAL_ADMIN_TOKEN)"
WRONG = "Authorization: the token is not the one the portal runs with (MOCK_PORTAL_ADMIN_TOKEN)"


def bearer_token() -> str | None:
    """The token of this request's `Authorization: Bearer …` header, or None."""
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def require(app: Flask, token: str, gates: Gates) -> None:
    """Answer 401 with a JSON message to every /__admin request without `token` (compared, and
    unknown paths guarded, as the app's `gates` say)."""
    def check():
        if request.path != PREFIX and not request.path.startswith(PREFIX + "/"):
            return None
        if request.url_rule is None and not gates.admin_guards_every_path:
            return None
        given = bearer_token()
        # In constant time: the time taken says nothing about how much of the token was right.
        if given is not None and gates.token_matches(given, token):
            return None
        answer = jsonify({"error": WRONG if given else MISSING, "field": "Authorization"})
        answer.headers["WWW-Authenticate"] = 'Bearer realm="mock_portal control API"'
        return answer, 401

    # First of the portal's hooks: nothing (not even the store) is touched for a refused call.
    app.before_request_funcs.setdefault(None, []).insert(0, check)
