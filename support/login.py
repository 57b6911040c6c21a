"""The one OAuth2 login walk, over any browser-like transport (transport.py).

The portal's /login → the identity platform's login page → POST its 账号登录 form →
/oauth/callback, which answers with a redirect to `next_path`. Over a browser context's
`context.request` (the `login` fixture) it leaves the context logged in in tens of milliseconds
instead of a page-by-page login; over requests or the Flask test clients it is how a page-less
user logs in (portal_user.py).
"""

from __future__ import annotations

from urllib.parse import quote, urljoin

from .html import alert_of, forms
from .transport import Answer, Transport, follow

ACCOUNT_FORM_ACTION = "/renzheng/open/login/account"


class LoginFailed(AssertionError):
    """The identity platform or the portal refused the login; the message says why."""


def _why(answer: Answer) -> str:
    """The message a refused login shows (its role="alert"), else the HTTP status."""
    if "html" in answer.headers.get("content-type", ""):
        alert = alert_of(answer)
        if alert:
            return alert
    return f"status {answer.status_code}"


def account_form(login_page: Answer, login: str, password: str,
                 captcha: str | None) -> tuple[str, dict[str, str]]:
    """The 账号登录 form of the identity platform's login page, filled in: (its URL, the fields,
    the authorization request's hidden ones included)."""
    form = next((f for f in forms(login_page) if f.action.endswith(ACCOUNT_FORM_ACTION)), None)
    if form is None:
        raise LoginFailed(f"no 账号登录 form at {login_page.url}")
    fields = {**form.fields, "login": login, "password": password, "captcha": captcha or ""}
    return urljoin(login_page.url, form.action), fields


def log_in(transport: Transport, portal_url: str, login: str, password: str,
           captcha: str | None, next_path: str = "/space/") -> Answer:
    """Log in as `login` through the portal's /login; raises LoginFailed with the platform's
    message. Answers with the portal's redirect to `next_path`, not followed (the caller opens
    that page), or, when an identity-platform session sends the person straight back (SSO),
    with the page reached."""
    start, _ = follow(transport, transport.send("GET", f"{portal_url}/login?next="
                                                       f"{quote(next_path)}"))
    if start.status_code >= 400:
        raise LoginFailed(f"GET {portal_url}/login ended at {start.url}: {_why(start)}")
    if start.url.startswith(portal_url + "/") and "/login" not in start.url:
        return start
    url, fields = account_form(start, login, password, captcha)
    sent = transport.send("POST", url, form=fields)
    if sent.status_code not in (302, 303):
        raise LoginFailed(f"the identity platform refused {login}: {_why(sent)}")
    callback = transport.send("GET", urljoin(sent.url, sent.headers["Location"]))
    if callback.status_code not in (302, 303):
        raise LoginFailed(f"the portal refused the login of {login} at {callback.url}: "
                          f"{_why(callback)}")
    return callback
