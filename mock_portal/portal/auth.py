"""Login through 北京市统一身份认证平台 (OAuth2 authorization code) and logout."""

from __future__ import annotations

import secrets

from flask import Blueprint, abort, current_app, redirect, request, session, url_for

from ..store import get_store
from . import oauth_client, security

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str:
    """Only same-site paths: never send a person to another host after login."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("home.index")


@bp.get("/login")
def login():
    state = secrets.token_urlsafe(16)
    session["oauth_state"] = state
    session["next"] = _safe_next(request.args.get("next"))
    return redirect(oauth_client.authorize_url(current_app.config["SETTINGS"], state))


@bp.get("/oauth/callback")
def callback():
    state = request.args.get("state", "")
    expected = session.pop("oauth_state", None)
    if not expected or not secrets.compare_digest(state, expected):
        abort(400, description="登录状态校验失败，请重新登录。")
    code = request.args.get("code")
    if not code:
        abort(400, description="未获得授权码，请重新登录。")
    # The exchange goes out over HTTP before this request touches the store, so the
    # identity platform's own transaction on the shared file never waits for ours.
    try:
        user = oauth_client.exchange_code(current_app.config["SETTINGS"], code,
                                          current_app.config["TOKEN_POST"])
    except oauth_client.ExchangeFailed:
        abort(400, description="登录失败：授权码无效或已过期，请重新登录。")
    person = get_store().person_by_login(user["id_number"])
    if person is None:
        abort(400, description="未找到该用户的参保信息。")
    target = session.pop("next", None)
    security.start_session(person)
    return redirect(_safe_next(target))


@bp.post("/logout")
def logout():
    security.end_session()
    return redirect(url_for("home.index"))
