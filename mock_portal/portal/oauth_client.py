"""The portal's side of OAuth2: the authorize URL and the server-to-server code exchange."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

from ..config import PORTAL_CLIENT_ID, Settings

AUTHORIZE_PATH = "/renzheng/open/login/goUserLogin"
TOKEN_PATH = "/renzheng/open/oauth/token"
LOGOUT_PATH = "/renzheng/open/logout"


class ExchangeFailed(Exception):
    """The identity platform refused the code or could not be reached."""


class Unavailable(ExchangeFailed):
    """The identity platform could not be reached or answered with a server error."""


def authorize_url(settings: Settings, state: str, reauthenticate: bool = False) -> str:
    """The authorization request; `reauthenticate` asks for the login form even with SSO."""
    query = urllib.parse.urlencode({
        "client_id": PORTAL_CLIENT_ID,
        "redirect_uri": settings.redirect_uri,
        "response_type": "code",
        "scope": "user_info",
        "state": state,
        **({"prompt": "login"} if reauthenticate else {}),
    })
    return f"{settings.idp_url.rstrip('/')}{AUTHORIZE_PATH}?{query}"


def logout_url(settings: Settings) -> str:
    """The identity platform's logout, which comes back to the portal's home page."""
    query = urllib.parse.urlencode({"client_id": PORTAL_CLIENT_ID,
                                    "post_logout_redirect_uri": settings.post_logout_redirect_uri})
    return f"{settings.idp_url.rstrip('/')}{LOGOUT_PATH}?{query}"


def http_post(url: str, form: dict) -> tuple[int, dict]:
    """POST a form over HTTP and read a JSON answer (the default transport)."""
    data = urllib.parse.urlencode(form).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as resp:
            status, raw = resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read()
    except (urllib.error.URLError, OSError) as exc:
        raise Unavailable(str(exc)) from exc
    try:
        body = json.loads(raw or b"{}")
    except ValueError as exc:
        failure = Unavailable if status >= 500 else ExchangeFailed
        raise failure(f"status {status}, not JSON") from exc
    return status, body if isinstance(body, dict) else {}


def exchange_code(settings: Settings, code: str, post=http_post) -> dict:
    """Trade an authorization code for the user's info (身份信息)."""
    status, body = post(settings.idp_url.rstrip("/") + TOKEN_PATH, {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": settings.redirect_uri,
        "client_id": PORTAL_CLIENT_ID,
        "client_secret": settings.client_secret,
    })
    if status >= 500:
        raise Unavailable(body.get("error_description") or str(status))
    if status != 200 or "user_info" not in body:
        raise ExchangeFailed(body.get("error_description") or body.get("error") or str(status))
    return body["user_info"]
