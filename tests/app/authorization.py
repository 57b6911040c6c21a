"""The OAuth2 requests the app tier's tests make by hand: the portal's authorization request to
北京市统一身份认证平台, and the server-to-server code exchange (the app's default URLs)."""

from __future__ import annotations

from urllib.parse import urlencode

from support.html import query_of

AUTHORIZE = "/renzheng/open/login/goUserLogin"
TOKEN = "/renzheng/open/oauth/token"
#: The portal's registered callback at its default URL (mock_portal's Settings).
CALLBACK = "http://127.0.0.1:8000/oauth/callback"


def authorize_path(**overrides) -> str:
    """The portal's authorization request (state s1); a None override leaves that key out."""
    params = {"client_id": "bjzwfw-portal", "redirect_uri": CALLBACK, "response_type": "code",
              "scope": "user_info", "state": "s1", **overrides}
    return f"{AUTHORIZE}?{urlencode({k: v for k, v in params.items() if v is not None})}"


def exchange(idp_client, portal_settings, code: str, **overrides):
    """The portal's server-to-server POST to the token endpoint."""
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK,
            "client_id": "bjzwfw-portal", "client_secret": portal_settings.client_secret,
            **overrides}
    return idp_client.post(TOKEN, data=form)


def code_and_state(location: str) -> tuple[str, str]:
    """The code and state of the identity platform's redirect to the callback."""
    query = query_of(location)
    return query["code"], query["state"]
