"""A person at a browser without pages: the journey step by step over any transport.

Over the Flask test clients (one cookie jar per origin) in the app tier, over `requests`
against a served portal in the system tier. It follows redirects across both origins, keeps
each form's CSRF token, and every step is a method, so a test can stop anywhere and look at the
page it reached (`page`, its `origin` and `path`, and the `redirects` that led there).
"""

from __future__ import annotations

from . import login as oauth_login
from .expected import HAIDIAN_CENTRE_OFFICE_ID, MONTHLY
from .html import form_fields, text_by_testid, text_of
from .personas import DEFAULT_PASSWORD
from .reach import Reach
from .transport import (
    Answer,
    FlaskTransport,
    HttpTransport,
    PlaywrightTransport,
    Transport,
    follow,
    origin_of,
)

#: The graphic captcha the test portals run with (MOCK_PORTAL_CAPTCHA).
CAPTCHA = "1488"
#: The identity platform's forms that send an SMS code (action=send_code) and use it.
SMS_LOGIN = "/renzheng/open/login/sms"
REGISTER = "/renzheng/open/register"
FORGOT_PASSWORD = "/renzheng/open/password/forget"
AUTH_KEYS = ("client_id", "redirect_uri", "response_type", "scope", "state", "prompt")


def case_number_from(answer: Answer) -> str:
    """The 办件单号 in the redirect to 申请提交成功."""
    assert answer.status_code == 302, answer.status_code
    location = answer.headers["Location"]
    assert location.startswith("/declaration/success/"), location
    return location.rsplit("/", 1)[1]


class PortalUser:
    """A person with a browser (`transport`) at the portal and the identity platform."""

    def __init__(self, transport: Transport, portal_url: str, idp_url: str, login: str,
                 password: str = DEFAULT_PASSWORD, captcha: str = CAPTCHA) -> None:
        self.transport = transport
        self.origins = {"portal": portal_url.rstrip("/"), "idp": idp_url.rstrip("/")}
        self.login = login
        self.password = password
        self.captcha = captcha
        #: The last page reached, its origin and path, and the redirects that led to it.
        self.page: Answer | None = None
        self.origin = "portal"
        self.path = "/"
        self.redirects: list[str] = []

    @classmethod
    def over_flask(cls, portal_client, idp_client, where, login: str,
                   password: str = DEFAULT_PASSWORD) -> PortalUser:
        """At the in-process apps, one test client (cookie jar) per origin; `where` names the
        origins (`.portal_url`, `.idp_url`: the apps' Settings)."""
        transport = FlaskTransport({where.portal_url: portal_client, where.idp_url: idp_client})
        return cls(transport, where.portal_url, where.idp_url, login, password)

    @classmethod
    def over_http(cls, where, login: str, password: str = DEFAULT_PASSWORD,
                  timeout: float = 10.0) -> PortalUser:
        """At a served portal (`where`: a Portal, or anything with `.portal_url`, `.idp_url`)."""
        return cls(HttpTransport(timeout), where.portal_url, where.idp_url, login, password)

    @classmethod
    def over_context(cls, request, where) -> PortalUser:
        """Over a browser context's `context.request`, whose cookies are the page's and say who
        is logged in (so no account name: it never logs in); `where`: a Portal."""
        return cls(PlaywrightTransport(request), where.portal_url, where.idp_url, login="")

    # navigation ------------------------------------------------------------------------

    def _arrive(self, answer: Answer) -> Answer:
        """Follow redirects across both origins; the final page becomes `self.page`."""
        page, self.redirects = follow(self.transport, answer)
        base = origin_of(page.url)
        origin = next((name for name, url in self.origins.items() if url == base), None)
        if origin is None:
            raise AssertionError(f"redirect to an origin the mock does not serve: {page.url}")
        self.page, self.origin, self.path = page, origin, page.url[len(base):]
        return page

    def open(self, path: str, origin: str = "portal") -> Answer:
        """Type a URL into the address bar (a path of `origin`) and follow redirects."""
        return self._arrive(self.transport.send("GET", self.origins[origin] + path))

    def csrf_token(self) -> str:
        token = form_fields(self.page).get("csrf_token")
        assert token, f"no CSRF token on {self.path}"
        return token

    def post(self, path: str, data: dict, origin: str = "portal", csrf: bool = True,
             follow_redirects: bool = True) -> Answer:
        """Submit a form of the current page (its CSRF token added) and follow redirects, or
        answer with the server's first response (`follow_redirects=False`)."""
        data = dict(data)
        if csrf:
            data.setdefault("csrf_token", self.csrf_token())
        answer = self.transport.send("POST", self.origins[origin] + path, form=data)
        return self._arrive(answer) if follow_redirects else answer

    @property
    def logged_in(self) -> bool:
        return "您好，" in self.page.text

    # 第3步 在线办理 on an office row ------------------------------------------------------

    def choose_office(self, office_id: str = HAIDIAN_CENTRE_OFFICE_ID) -> Answer:
        """【在线办理】 on a 办理地点 row: to the identity platform, or to 用户须知 if logged in."""
        return self.open(f"/declaration/start/{office_id}")

    # 第4步 北京市统一身份认证平台 --------------------------------------------------------------

    def _account_form(self, login, password, captcha) -> tuple[str, dict]:
        assert self.origin == "idp", f"not on the identity platform but on {self.path}"
        return oauth_login.account_form(
            self.page, self.login if login is None else login,
            self.password if password is None else password,
            self.captcha if captcha is None else captcha)

    def log_in(self, login: str | None = None, password: str | None = None,
               captcha: str | None = None) -> Answer:
        """Fill in 账号登录 on the identity platform's page and press 登录."""
        url, fields = self._account_form(login, password, captcha)
        return self._arrive(self.transport.send("POST", url, form=fields))

    def authorize(self) -> str:
        """Log in at the identity platform but stop before going back: the redirect URL."""
        url, fields = self._account_form(None, None, None)
        answer = self.transport.send("POST", url, form=fields)
        assert answer.status_code == 302, text_of(answer)
        return answer.headers["Location"]

    def log_in_from_portal(self, next_path: str = "/") -> Answer:
        """登录 in the portal's header: through the identity platform and back to `next_path`.

        With a live identity-platform session (SSO) the platform sends the person straight back
        without its login page, as a browser would see it.
        """
        return self._arrive(oauth_login.log_in(self.transport, self.origins["portal"],
                                               self.login, self.password, self.captcha,
                                               next_path))

    def log_out(self) -> Answer:
        """退出: the portal's session ends, then the identity platform's, then home."""
        return self.post("/logout", {})

    # 北京市统一身份认证平台: 短信登录, 立即注册, 忘记密码? --------------------------------------

    def open_login_page(self, next_path: str = "/space/", tab: str | None = None) -> Answer:
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
                     **extra) -> Answer:
        """获取验证码 on a platform form without JavaScript: the page comes back."""
        data = {**self.flow_fields(), "phone": phone, "captcha": captcha,
                "action": "send_code", **extra}
        return self.post(form, data, origin="idp", csrf=False)

    def request_code_by_script(self, phone: str, captcha: str = CAPTCHA,
                               form: str = SMS_LOGIN) -> Answer:
        """获取验证码 as the page's script does it (fetch, JSON answer); the page stays."""
        data = {**self.flow_fields(), "phone": phone, "captcha": captcha,
                "action": "send_code"}
        return self.transport.send("POST", self.origins["idp"] + form, form=data,
                                   headers={"Accept": "application/json"})

    def sms_log_in(self, phone: str, code: str) -> Answer:
        """短信登录: phone and SMS code, then 登录."""
        data = {**self.flow_fields(), "phone": phone, "code": code, "action": "login"}
        return self.post(SMS_LOGIN, data, origin="idp", csrf=False)

    def register(self, **fields) -> Answer:
        """立即注册's form submitted with `fields` (phone, code, password, confirmation, name,
        id_number)."""
        data = {**self.flow_fields(), "action": "register", **fields}
        return self.post(REGISTER, data, origin="idp", csrf=False)

    def reset_password(self, **fields) -> Answer:
        """忘记密码?'s form submitted with `fields` (phone, code, password, confirmation)."""
        data = {**self.flow_fields(), "action": "reset", **fields}
        return self.post(FORGOT_PASSWORD, data, origin="idp", csrf=False)

    # 第5步 用户须知 ---------------------------------------------------------------------------

    def agree_to_notice(self, follow_redirects: bool = True) -> Answer:
        """Tick 本人已阅读并同意《北京市政务服务网申报须知》 and press 进入办事."""
        return self.post("/declaration/notice", {"agree": "yes"},
                         follow_redirects=follow_redirects)

    def enter_without_agreeing(self) -> Answer:
        return self.post("/declaration/notice", {})

    # 第6步 在线填表 ---------------------------------------------------------------------------

    def fill_in(self, wage: str, cycle: str = MONTHLY, action: str = "next",
                follow_redirects: bool = True, **extra) -> Answer:
        """Type 缴费工资, choose 缴费周期 and press 下一步 (or `action`: save_draft, previous)."""
        fields = form_fields(self.page)
        form = {"name": fields.get("name", ""), "id_number": fields.get("id_number", ""),
                "wage": wage, "cycle": cycle, "action": action, **extra}
        return self.post("/declaration/form", form, follow_redirects=follow_redirects)

    def save_draft(self, wage: str, cycle: str = MONTHLY) -> Answer:
        return self.fill_in(wage, cycle, action="save_draft")

    # 第7步 信息确认 ---------------------------------------------------------------------------

    def submission_key(self) -> str:
        return form_fields(self.page)["submission_key"]

    def submit(self, action: str = "submit", follow_redirects: bool = True) -> Answer:
        """Press 提交 on 信息确认 (or 上一步 with action="previous"); without following, the
        server's answer itself (a redirect naming the 办件单号)."""
        return self.post("/declaration/confirm",
                         {"submission_key": self.submission_key(), "action": action},
                         follow_redirects=follow_redirects)

    # 第8步 申请提交成功 ------------------------------------------------------------------------

    @property
    def case_number(self) -> str:
        return text_by_testid(self.page, "case-number")

    # the whole journey, by support/reach.py's one path -----------------------------------------

    def reach_form(self, office_id: str = HAIDIAN_CENTRE_OFFICE_ID) -> Answer:
        """From 在线办理 on a row to 在线填表, logging in on the way if needed; when 用户须知
        refuses 进入办事, its answer (the person stays on 用户须知, its message shown)."""
        Reach(self, logs_in=True).notice(office_id)
        return self.agree_to_notice()

    def reach_confirmation(self, wage: str, cycle: str = MONTHLY,
                           office_id: str = HAIDIAN_CENTRE_OFFICE_ID) -> Answer:
        """…and on to 信息确认 of `wage` and `cycle` (ReachRefused if the form refuses them)."""
        return self.open(Reach(self, logs_in=True).confirmation(wage, cycle, office_id))

    def declare(self, wage: str = "6000", cycle: str = MONTHLY,
                office_id: str = HAIDIAN_CENTRE_OFFICE_ID) -> str:
        """The whole journey; returns the 办件单号 of 申请提交成功."""
        self.open(Reach(self, logs_in=True).success(wage, cycle, office_id))
        return self.case_number
