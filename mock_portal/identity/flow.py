"""The authorization request, the platform's own session (SSO) and the way back with a code."""

from __future__ import annotations

import urllib.parse
from datetime import timedelta

from flask import abort, current_app, redirect, session

from .. import in_request, web
from ..config import PORTAL_CLIENT_ID
from ..store import get_store


def settings():
    return current_app.config["SETTINGS"]


def registered_clients() -> dict[str, dict]:
    config = settings()
    return {PORTAL_CLIENT_ID: {"secret": config.client_secret,
                               "redirect_uris": (config.redirect_uri,),
                               "post_logout_redirect_uris": (config.post_logout_redirect_uri,)}}


def authorization_request(args) -> dict:
    """The OAuth2 parameters, checked: registered client, exact redirect URI, code flow."""
    client = registered_clients().get(args.get("client_id", ""))
    if client is None:
        abort(400, description="应用未注册，无法登录。")
    if not web.gates().redirect_allowed(args.get("redirect_uri", ""), client["redirect_uris"]):
        abort(400, description="回调地址不合法，无法登录。")
    if args.get("response_type") != "code":
        abort(400, description="不支持的授权方式。")
    auth = {"client_id": args["client_id"], "redirect_uri": args["redirect_uri"],
            "response_type": "code", "scope": args.get("scope", "user_info"),
            "state": args.get("state", "")}
    if args.get("prompt") == "login":
        auth["prompt"] = "login"  # kept through the page's links and forms
    return auth


def optional_authorization_request(args) -> dict | None:
    """The OAuth2 parameters when a page was reached from a login in progress, else None."""
    if not any(args.get(key) for key in ("client_id", "redirect_uri")):
        return None
    return authorization_request(args)


def portal_url() -> str:
    return settings().portal_url.rstrip("/") + "/"


def sso_person() -> dict | None:
    """The person of this browser's live identity-platform session (touched), or None."""
    sid = session.get("sso")
    if not sid:
        return None
    now = in_request.now()
    idle = timedelta(minutes=settings().idp_session_idle_minutes)
    live = get_store().identity.sessions.live(sid, now, now - idle)
    if live is None:
        session.pop("sso", None)
        return None
    return get_store().identity.person(live["person_id"])


def end_sso() -> None:
    """End this browser's identity-platform session and forget everything about it."""
    sid = session.get("sso")
    if sid:
        get_store().identity.sessions.end(sid, in_request.now())
    session.clear()


def sign_in(person: dict, auth: dict | None):
    """A fresh identity-platform session (new id) for `person`; back to the client if any."""
    end_sso()
    session["sso"] = get_store().identity.sessions.start(person["id"],
                                                         in_request.now())
    return back_with_code(person, auth) if auth else None


def back_with_code(person: dict, auth: dict):
    """Redirect to the client's registered URI with a new single-use code and its `state`."""
    code = get_store().identity.issue_code(
        auth["client_id"], auth["redirect_uri"], person["id"],
        in_request.now() + timedelta(seconds=settings().code_ttl_seconds))
    query = urllib.parse.urlencode({"code": code, "state": auth["state"]})
    return redirect(f"{auth['redirect_uri']}?{query}")
