"""Helpers for the Flask-test-client tests: a person walking the journey, the control API, pages.

`PortalUser` plays a browser with two cookie jars (the portal's and the identity platform's test
clients): it follows redirects across both origins and keeps each form's CSRF token, and every
step of the journey is a method, so a test can stop anywhere and look at the page it reached.
"""

from __future__ import annotations

import html
import re
import socket
from datetime import datetime, timedelta
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit, urlunsplit

from mock_portal import clock as mock_clock

DEMO_PASSWORD = "Demo@2022"
CAPTCHA = "1488"
#: 【海淀区】北京市海淀区政务服务中心人社保分中心, the guide's first row.
HAIDIAN_CENTRE = "110108-00"
MONTHLY = "按月缴费"
REDIRECTS = (301, 302, 303, 307, 308)
#: The identity platform's forms that send an SMS code (action=send_code) and use it.
SMS_LOGIN = "/renzheng/open/login/sms"
REGISTER = "/renzheng/open/register"
FORGOT_PASSWORD = "/renzheng/open/password/forget"
AUTH_KEYS = ("client_id", "redirect_uri", "response_type", "scope", "state", "prompt")


# reading pages -----------------------------------------------------------------------------


class _FormReader(HTMLParser):
    """Collects the values a browser would submit: inputs, selected options, textareas."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self.readonly: set[str] = set()
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("checkbox", "radio"):
            self.fields[name] = attrs.get("value") or ""
            if "readonly" in attrs:
                self.readonly.add(name)
        elif tag == "input" and name and "checked" in attrs:
            self.fields[name] = attrs.get("value") or "on"
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields[self._select] = attrs.get("value") or ""
        elif tag == "textarea":
            self._textarea = name
            self.fields[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data


def _html(response) -> str:
    """The body of a Flask test response or of a `requests` response."""
    return response.get_data(as_text=True) if hasattr(response, "get_data") else response.text


def form_fields(response) -> dict[str, str]:
    """The named values of the page's forms (the last one wins for a repeated name)."""
    reader = _FormReader()
    reader.feed(_html(response))
    return reader.fields


def readonly_fields(response) -> set[str]:
    """Names of the page's read-only inputs."""
    reader = _FormReader()
    reader.feed(_html(response))
    return reader.readonly


def text_of(response) -> str:
    """The page's visible text on one line (tags, scripts and extra spaces removed)."""
    body = _html(response)
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"</?(a|span|strong|small|b|em|label)\b[^>]*>", "", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(body).split())


def alert_of(response) -> str | None:
    """The text of the page's role="alert" box, if any."""
    match = re.search(r'role="alert"[^>]*>(.*?)</', response.get_data(as_text=True), re.S)
    return html.unescape(match[1]).strip() if match else None


def status_of(response) -> str | None:
    """The text of the page's role="status" box (a success message), if any."""
    match = re.search(r'role="status"[^>]*>(.*?)</', response.get_data(as_text=True), re.S)
    return html.unescape(match[1]).strip() if match else None


def send_code_button(response) -> dict:
    """获取验证码 as the page renders it: its label, whether disabled, data-resend-ms."""
    match = re.search(r"<button[^>]*data-sms-send[^>]*>(.*?)</button>",
                      response.get_data(as_text=True), re.S)
    assert match, "no 获取验证码 button on the page"
    tag = match[0][:match[0].index(">")]
    return {"label": html.unescape(match[1]).strip(), "disabled": " disabled" in tag,
            "resend_ms": int(re.search(r'data-resend-ms="(\d+)"', tag)[1])}


def link_of(response, name: str) -> str:
    """The href of the page's first link named `name`, e.g. 立即注册."""
    match = re.search(rf'<a href="([^"]+)">{re.escape(name)}</a>', response.get_data(as_text=True))
    assert match, f"no link {name!r} on the page"
    return html.unescape(match[1])


def selected_tab(response) -> str:
    """The name of the login page's selected tab (账号登录 or 短信登录)."""
    match = re.search(r'role="tab"[^>]*aria-selected="true"[^>]*>(.*?)</',
                      response.get_data(as_text=True), re.S)
    assert match, "no selected tab on the page"
    return match[1].strip()


def text_by_testid(response, testid: str) -> str:
    match = re.search(rf'data-testid="{testid}"[^>]*>(.*?)</', response.get_data(as_text=True),
                      re.S)
    assert match, f"no data-testid={testid!r} on the page"
    return html.unescape(match[1]).strip()


def query_of(url: str) -> dict[str, str]:
    """The query parameters of a URL, one value each."""
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query, keep_blank_values=True).items()}


# the mock clock ----------------------------------------------------------------------------


class Clock:
    """The mock clock of this process (portal and identity platform run in-process)."""

    def freeze(self, moment: str) -> None:
        """Stop the clock at an ISO 8601 time with offset, e.g. 2022-06-11T09:30:00+08:00."""
        mock_clock.set_time(datetime.fromisoformat(moment), frozen=True)

    def advance(self, **delta) -> None:
        """Move the frozen clock on by `timedelta(**delta)`, e.g. advance(seconds=30)."""
        mock_clock.set_time(mock_clock.now() + timedelta(**delta), frozen=True)

    def now(self) -> datetime:
        return mock_clock.now()

    def reset(self) -> None:
        mock_clock.reset()


# the control API ---------------------------------------------------------------------------


class ControlApi:
    """The portal's /__admin JSON endpoints, called through a portal test client."""

    def __init__(self, client):
        self.client = client

    def create_person(self, **fields) -> dict:
        response = self.client.post("/__admin/persons", json=fields)
        assert response.status_code == 201, response.get_json()
        return response.get_json()

    def post_person(self, body):
        """The raw answer to POST /__admin/persons (for refusals)."""
        return self.client.post("/__admin/persons", json=body)

    def sms(self, phone: str) -> list[dict]:
        response = self.client.get("/__admin/sms", query_string={"phone": phone})
        assert response.status_code == 200
        return response.get_json()

    def cases(self, id_number: str) -> list[dict]:
        response = self.client.get("/__admin/cases", query_string={"id_number": id_number})
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    def set_clock(self, now: str, frozen: bool = True) -> dict:
        response = self.client.put("/__admin/clock", json={"now": now, "frozen": frozen})
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    def reset(self) -> dict:
        response = self.client.post("/__admin/reset")
        assert response.status_code == 200
        return response.get_json()

    def person(self, account: str) -> dict:
        response = self.client.get("/__admin/persons", query_string={"account": account})
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    def sms_code(self, phone: str, purpose: str | None = None) -> str:
        """The code last sent to `phone` (for `purpose`), as the control API reads it."""
        return self.sms_code_state(phone, purpose)["code"]

    def sms_code_state(self, phone: str, purpose: str | None = None) -> dict:
        query = {"phone": phone, **({"purpose": purpose} if purpose else {})}
        response = self.client.get("/__admin/sms-code", query_string=query)
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    def lock(self, account: str, hours: int = 1) -> dict:
        response = self.client.put("/__admin/lock", json={"account": account, "hours": hours})
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    def unlock(self, account: str) -> dict:
        response = self.client.delete("/__admin/lock", query_string={"account": account})
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    def lock_state(self, account: str) -> dict:
        response = self.client.get("/__admin/lock", query_string={"account": account})
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    def end_sessions(self, account: str) -> dict:
        response = self.client.delete("/__admin/sessions", query_string={"account": account})
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    def open_sessions(self, account: str) -> dict:
        response = self.client.get("/__admin/sessions", query_string={"account": account})
        assert response.status_code == 200, response.get_json()
        return response.get_json()["open"]

    def set_idp(self, up: bool) -> dict:
        response = self.client.put("/__admin/idp", json={"up": up})
        assert response.status_code == 200, response.get_json()
        return response.get_json()


# the person --------------------------------------------------------------------------------


class PortalUser:
    """A person with a browser: the portal's and the identity platform's cookie jars."""

    def __init__(self, portal_client, idp_client, settings, login: str,
                 password: str = DEMO_PASSWORD, captcha: str = CAPTCHA):
        self.clients = {"portal": portal_client, "idp": idp_client}
        self.portal = portal_client
        self.idp = idp_client
        self.settings = settings
        self.login = login
        self.password = password
        self.captcha = captcha
        #: The last page reached, its origin, and the redirects that led to it.
        self.page = None
        self.origin = "portal"
        self.path = "/"
        self.redirects: list[str] = []

    # navigation ------------------------------------------------------------------------

    def _route(self, location: str, origin: str) -> tuple[str, str]:
        parts = urlsplit(location)
        path = urlunsplit(("", "", parts.path, parts.query, ""))
        if not parts.netloc:
            return origin, path
        base = f"{parts.scheme}://{parts.netloc}"
        if base == self.settings.idp_url.rstrip("/"):
            return "idp", path
        if base == self.settings.portal_url.rstrip("/"):
            return "portal", path
        raise AssertionError(f"redirect to an origin the mock does not serve: {location}")

    def _arrive(self, response, origin: str, path: str):
        """Follow redirects across both origins; the final page becomes `self.page`."""
        self.redirects = []
        for _ in range(10):
            if response.status_code not in REDIRECTS:
                break
            location = response.headers["Location"]
            self.redirects.append(location)
            origin, path = self._route(location, origin)
            response = self.clients[origin].get(path)
        else:
            raise AssertionError(f"too many redirects: {self.redirects}")
        self.page, self.origin, self.path = response, origin, path
        return response

    def open(self, path: str, origin: str = "portal"):
        """Type a URL into the address bar (a path of `origin`) and follow redirects."""
        return self._arrive(self.clients[origin].get(path), origin, path)

    def csrf_token(self) -> str:
        token = form_fields(self.page).get("csrf_token")
        assert token, f"no CSRF token on {self.path}"
        return token

    def post(self, path: str, data: dict, origin: str = "portal", csrf: bool = True):
        """Submit a form of the current page (its CSRF token added) and follow redirects."""
        data = dict(data)
        if csrf:
            data.setdefault("csrf_token", self.csrf_token())
        return self._arrive(self.clients[origin].post(path, data=data), origin, path)

    @property
    def logged_in(self) -> bool:
        return "您好，" in self.page.get_data(as_text=True)

    # 第3步 在线办理 on an office row ------------------------------------------------------

    def choose_office(self, office_id: str = HAIDIAN_CENTRE):
        """【在线办理】 on a 办理地点 row: to the identity platform, or to 用户须知 if logged in."""
        return self.open(f"/declaration/start/{office_id}")

    # 第4步 北京市统一身份认证平台 --------------------------------------------------------------

    def _login_form(self, login, password, captcha) -> dict:
        assert self.origin == "idp", f"not on the identity platform but on {self.path}"
        fields = form_fields(self.page)
        form = {key: fields[key] for key in
                ("csrf_token", "client_id", "redirect_uri", "scope", "state", "response_type")}
        form.update(login=self.login if login is None else login,
                    password=self.password if password is None else password,
                    captcha=self.captcha if captcha is None else captcha)
        return form

    def log_in(self, login: str | None = None, password: str | None = None,
               captcha: str | None = None):
        """Fill in 账号登录 on the identity platform's page and press 登录."""
        form = self._login_form(login, password, captcha)
        return self.post("/renzheng/open/login/account", form, origin="idp", csrf=False)

    def authorize(self) -> str:
        """Log in at the identity platform but stop before going back: the redirect URL."""
        form = self._login_form(None, None, None)
        response = self.idp.post("/renzheng/open/login/account", data=form)
        assert response.status_code == 302, text_of(response)
        return response.headers["Location"]

    def log_in_from_portal(self, next_path: str = "/"):
        """登录 in the portal's header: through the identity platform and back to `next_path`.

        With a live identity-platform session (SSO) the platform sends the person straight back
        without its login page, as a browser would see it.
        """
        page = self.open(f"/login?next={next_path}")
        if self.origin == "idp":
            return self.log_in()
        return page

    def log_out(self):
        """退出: the portal's session ends, then the identity platform's, then home."""
        return self.post("/logout", {})

    # 北京市统一身份认证平台: 短信登录, 立即注册, 忘记密码? --------------------------------------

    def open_login_page(self, next_path: str = "/space/", tab: str | None = None):
        """登录 in the portal's header, stopping on the identity platform's login page."""
        self.open(f"/login?next={next_path}")
        assert self.origin == "idp", f"not on the identity platform but on {self.path}"
        if tab:
            self.open(f"{self.path}&tab={tab}", origin="idp")
        return self.page

    def flow_fields(self) -> dict:
        """The CSRF token and the authorization request a platform page's forms carry."""
        fields = form_fields(self.page)
        return {k: fields[k] for k in ("csrf_token", *AUTH_KEYS) if k in fields}

    def request_code(self, phone: str, captcha: str = CAPTCHA, form: str = SMS_LOGIN,
                     **extra):
        """获取验证码 on a platform form without JavaScript: the page comes back."""
        data = {**self.flow_fields(), "phone": phone, "captcha": captcha,
                "action": "send_code", **extra}
        return self.post(form, data, origin="idp", csrf=False)

    def request_code_by_script(self, phone: str, captcha: str = CAPTCHA,
                               form: str = SMS_LOGIN):
        """获取验证码 as the page's script does it (fetch, JSON answer); the page stays."""
        data = {**self.flow_fields(), "phone": phone, "captcha": captcha,
                "action": "send_code"}
        return self.idp.post(form, data=data, headers={"Accept": "application/json"})

    def sms_log_in(self, phone: str, code: str):
        """短信登录: phone and SMS code, then 登录."""
        data = {**self.flow_fields(), "phone": phone, "code": code, "action": "login"}
        return self.post(SMS_LOGIN, data, origin="idp", csrf=False)

    def register(self, **fields):
        """立即注册's form submitted with `fields` (phone, code, password, confirmation, name,
        id_number)."""
        data = {**self.flow_fields(), "action": "register", **fields}
        return self.post(REGISTER, data, origin="idp", csrf=False)

    def reset_password(self, **fields):
        """忘记密码?'s form submitted with `fields` (phone, code, password, confirmation)."""
        data = {**self.flow_fields(), "action": "reset", **fields}
        return self.post(FORGOT_PASSWORD, data, origin="idp", csrf=False)

    # 第5步 用户须知 ---------------------------------------------------------------------------

    def agree_to_notice(self):
        """Tick 本人已阅读并同意《北京市政务服务网申报须知》 and press 进入办事."""
        return self.post("/declaration/notice", {"agree": "yes"})

    def enter_without_agreeing(self):
        return self.post("/declaration/notice", {})

    # 第6步 在线填表 ---------------------------------------------------------------------------

    def fill_in(self, wage: str, cycle: str = MONTHLY, action: str = "next", **extra):
        """Type 缴费工资, choose 缴费周期 and press 下一步 (or `action`: save_draft, previous)."""
        fields = form_fields(self.page)
        form = {"name": fields.get("name", ""), "id_number": fields.get("id_number", ""),
                "wage": wage, "cycle": cycle, "action": action, **extra}
        return self.post("/declaration/form", form)

    def save_draft(self, wage: str, cycle: str = MONTHLY):
        return self.fill_in(wage, cycle, action="save_draft")

    # 第7步 信息确认 ---------------------------------------------------------------------------

    def submission_key(self) -> str:
        return form_fields(self.page)["submission_key"]

    def submit(self, action: str = "submit"):
        """Press 提交 on 信息确认 (or 上一步 with action="previous")."""
        return self.post("/declaration/confirm",
                         {"submission_key": self.submission_key(), "action": action})

    # 第8步 申请提交成功 ------------------------------------------------------------------------

    @property
    def case_number(self) -> str:
        return text_by_testid(self.page, "case-number")

    # the whole journey -------------------------------------------------------------------

    def reach_form(self, office_id: str = HAIDIAN_CENTRE):
        """From 在线办理 on a row to 在线填表, logging in on the way if needed."""
        self.choose_office(office_id)
        if self.origin == "idp":
            self.log_in()
        assert self.path.startswith("/declaration/notice"), self.path
        return self.agree_to_notice()

    def reach_confirmation(self, wage: str, cycle: str = MONTHLY,
                           office_id: str = HAIDIAN_CENTRE):
        self.reach_form(office_id)
        page = self.fill_in(wage, cycle)
        assert self.path == "/declaration/confirm", text_of(page)
        return page

    def declare(self, wage: str = "6000", cycle: str = MONTHLY,
                office_id: str = HAIDIAN_CENTRE) -> str:
        """The whole journey; returns the 办件单号 of 申请提交成功."""
        self.reach_confirmation(wage, cycle, office_id)
        self.submit()
        assert self.path.startswith("/declaration/success/"), self.path
        return self.case_number


# over real HTTP ---------------------------------------------------------------------------


class HttpUser:
    """A person at a real browser-like HTTP client (`requests`), for a served mock.

    The portal is on 127.0.0.1 and the identity platform on localhost, so the session's cookie
    jar keeps their cookies apart as a browser would.
    """

    def __init__(self, portal_url: str, login: str, password: str = DEMO_PASSWORD,
                 captcha: str = CAPTCHA, timeout: float = 10):
        import requests

        self.http = requests.Session()
        self.portal_url = portal_url.rstrip("/")
        self.login, self.password, self.captcha = login, password, captcha
        self.timeout = timeout
        self.page = None

    def open(self, path: str):
        self.page = self.http.get(self.portal_url + path, timeout=self.timeout)
        return self.page

    def post(self, url: str, data: dict, follow: bool = True):
        """Submit a form of the current page with its CSRF token."""
        data = {"csrf_token": form_fields(self.page)["csrf_token"], **data}
        response = self.http.post(url, data=data, timeout=self.timeout, allow_redirects=follow)
        if follow:
            self.page = response
        return response

    def log_in(self, follow: bool = True):
        """Fill in 账号登录 on the identity platform's page (the current one) and press 登录."""
        assert "/renzheng/" in self.page.url, self.page.url
        fields = form_fields(self.page)
        form = {k: fields[k] for k in ("client_id", "redirect_uri", "scope", "state",
                                       "response_type")}
        form.update(login=self.login, password=self.password, captcha=self.captcha)
        idp_base = self.page.url.split("/renzheng/")[0]
        return self.post(idp_base + "/renzheng/open/login/account", form, follow=follow)

    def reach_notice(self, office_id: str = HAIDIAN_CENTRE):
        """在线办理 on a row, logging in at the identity platform when asked to."""
        self.open(f"/declaration/start/{office_id}")
        if "/renzheng/" in self.page.url:
            self.log_in()
        assert self.page.url.endswith("/declaration/notice"), self.page.url
        return self.page

    def reach_confirmation(self, wage: str = "6000", office_id: str = HAIDIAN_CENTRE):
        self.reach_notice(office_id)
        self.post(self.portal_url + "/declaration/notice", {"agree": "yes"})
        self.post(self.portal_url + "/declaration/form",
                  {"wage": wage, "cycle": MONTHLY, "action": "next"})
        assert self.page.url.endswith("/declaration/confirm"), self.page.url
        return self.page

    def submit(self):
        """Press 提交 on 信息确认 without following the redirect: the raw answer."""
        key = form_fields(self.page)["submission_key"]
        return self.post(self.portal_url + "/declaration/confirm",
                         {"submission_key": key, "action": "submit"}, follow=False)


def case_number_from(response) -> str:
    """The 办件单号 in the redirect to 申请提交成功."""
    assert response.status_code == 302, response.status_code
    location = response.headers["Location"]
    assert location.startswith("/declaration/success/"), location
    return location.rsplit("/", 1)[1]


def free_ports(count: int) -> list[int]:
    """Ports the kernel just handed out (held together, so they differ)."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for each in sockets:
            each.bind(("127.0.0.1", 0))
        return [each.getsockname()[1] for each in sockets]
    finally:
        for each in sockets:
            each.close()
