"""The token endpoint: the portal trades a code for the user's info, server to server."""

from __future__ import annotations

import secrets
from datetime import datetime

from flask import Blueprint, jsonify, request

from .. import in_request
from ..domain import constant_time
from ..store import get_store
from .flow import registered_clients

bp = Blueprint("oauth", __name__, url_prefix="/renzheng/open/oauth")


def _refuse(error: str, description: str, status: int = 400):
    return jsonify({"error": error, "error_description": description}), status


@bp.post("/token")
def token():
    form = request.form
    if form.get("grant_type") != "authorization_code":
        return _refuse("unsupported_grant_type", "grant_type must be authorization_code")
    client = registered_clients().get(form.get("client_id", ""))
    if client is None or not constant_time.equal(form.get("client_secret", ""),
                                                 client["secret"]):
        return _refuse("invalid_client", "unknown client or wrong client_secret", 401)
    code = get_store().identity.redeem_code(form.get("code", ""), in_request.now())
    if code is None or code["used_at"] is not None:
        return _refuse("invalid_grant", "unknown or already used code")
    if datetime.fromisoformat(code["expires_at"]) < in_request.now():
        return _refuse("invalid_grant", "code expired")
    if code["client_id"] != form["client_id"] or code["redirect_uri"] != form.get("redirect_uri"):
        return _refuse("invalid_grant", "code was issued to another client or redirect_uri")
    person = get_store().identity.person(code["person_id"])
    return jsonify({
        "access_token": secrets.token_urlsafe(24),
        "token_type": "Bearer",
        "expires_in": 3600,
        "scope": "user_info",
        "user_info": {k: person[k] for k in ("name", "id_number", "phone", "username")},
    })
