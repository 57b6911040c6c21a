"""Login through 北京市统一身份认证平台 (OAuth2 authorization code) and logout."""

from __future__ import annotations

import secrets

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from .. import conditions
from ..domain import constant_time
from ..store import get_store
from . import oauth_client, security

bp = Blueprint("auth", __name__)

IDP_UNAVAILABLE = "北京市统一身份认证平台暂时无法访问，请稍后重试。"


def _safe_next(target: str | None) -> str:
    """Only same-site paths: never send a person to another host after login."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("home.index")


def _unavailable(target: str | None):
    """The platform is down: say so, with 重试 starting the same login again."""
    retry = url_for("auth.login", next=_safe_next(target))
    return render_template("auth/unavailable.html", message=IDP_UNAVAILABLE, retry=retry), 503


@bp.get("/login")
def login():
    target = _safe_next(request.args.get("next"))
    if not conditions.current().idp_up:
        return _unavailable(target)
    state = secrets.token_urlsafe(16)
    session["oauth_state"] = state
    session["next"] = target
    return redirect(oauth_client.authorize_url(current_app.config["SETTINGS"], state,
                                               session.get("reauthenticate", False)))


@bp.get("/oauth/callback")
def callback():
    if not conditions.current().idp_up:
        return _unavailable(session.get("next"))
    state = request.args.get("state", "")
    expected = session.pop("oauth_state", None)
    if not expected or not constant_time.equal(state, expected):
        abort(400, description="登录状态校验失败，请重新登录。")
    code = request.args.get("code")
    if not code:
        abort(400, description="未获得授权码，请重新登录。")
    # The exchange goes out over HTTP before this request touches the store, so the
    # identity platform's own transaction on the shared file never waits for ours.
    try:
        user = oauth_client.exchange_code(current_app.config["SETTINGS"], code,
                                          current_app.config["TOKEN_POST"])
    except oauth_client.Unavailable:
        return _unavailable(session.get("next"))
    except oauth_client.ExchangeFailed:
        abort(400, description="登录失败：授权码无效或已过期，请重新登录。")
    person = get_store().identity.person_by_login(user["id_number"])
    if person is None:
        abort(400, description="未找到该用户的参保信息。")
    target = session.pop("next", None)
    security.start_session(person)
    return redirect(_safe_next(target))


@bp.post("/logout")
def logout():
    """End the portal's session, then the identity platform's, which sends the person home."""
    security.end_session()
    if not conditions.current().idp_up:
        # The platform cannot end its session now: the next login asks for the password
        # (prompt=login) rather than letting that session log the person straight back in.
        session["reauthenticate"] = True
        return redirect(url_for("home.index"))
    return redirect(oauth_client.logout_url(current_app.config["SETTINGS"]))
