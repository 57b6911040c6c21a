"""The portal's side of OAuth2: the authorize URL and the server-to-server code exchange."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

from ..config import PORTAL_CLIENT_ID, Settings

AUTHORIZE_PATH = "/renzheng/open/login/goUserLogin"
TOKEN_PATH = "/renzheng/open/oauth/token"


class ExchangeFailed(Exception):
    """The identity platform refused the code or could not be reached."""


def authorize_url(settings: Settings, state: str) -> str:
    query = urllib.parse.urlencode({
        "client_id": PORTAL_CLIENT_ID,
        "redirect_uri": settings.redirect_uri,
        "response_type": "code",
        "scope": "user_info",
        "state": state,
    })
    return f"{settings.idp_url.rstrip('/')}{AUTHORIZE_PATH}?{query}"


def http_post(url: str, form: dict) -> tuple[int, dict]:
    """POST a form over HTTP and read a JSON answer (the default transport)."""
    data = urllib.parse.urlencode(form).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as resp:
            return resp.status, json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ExchangeFailed(str(exc)) from exc


def exchange_code(settings: Settings, code: str, post=http_post) -> dict:
    """Trade an authorization code for the user's info (身份信息)."""
    status, body = post(settings.idp_url.rstrip("/") + TOKEN_PATH, {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": settings.redirect_uri,
        "client_id": PORTAL_CLIENT_ID,
        "client_secret": settings.client_secret,
    })
    if status != 200 or "user_info" not in body:
        raise ExchangeFailed(body.get("error_description") or body.get("error") or str(status))
    return body["user_info"]
