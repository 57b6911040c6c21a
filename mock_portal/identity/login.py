"""北京市统一身份认证平台: the login page (账号登录, 短信登录), its captchas, SSO and logout."""

from __future__ import annotations

import urllib.parse

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    session,
)

from .. import in_request, web
from ..domain import accounts, constant_time
from ..services import accounts as account_service
from ..services import captcha, lockout, sms_codes
from ..store import get_store
from . import flow, verification

bp = Blueprint("login", __name__, url_prefix="/renzheng")

#: What the platform accepts as an identity document (shown in the header, as in the guide).
DOCUMENTS = "中华人民共和国居民身份证、港澳居民来往内地通行证、外国人永久居留身份证"
TABS = ("account", "sms")
WRONG_PASSWORD = "用户名或密码错误"


def _render_login(auth: dict, tab: str = "account", error: str | None = None,
                  notice: str | None = None, login: str = "", phone: str | None = None,
                  status: int = 200):
    verification.new_captcha("account")
    verification.new_captcha("sms")
    phone = verification.remembered_phone(sms_codes.LOGIN) if phone is None else phone
    return render_template(
        "login/login.html", auth=auth, tab=tab, error=error, notice=notice, login=login,
        phone=phone, countdown=verification.countdown(phone, sms_codes.LOGIN),
        documents=DOCUMENTS, back_url=session.get("back_url", flow.portal_url())), status


@bp.get("/open/login/goUserLogin")
def login_page():
    """The authorization endpoint: straight back with a code when this browser is logged in
    (SSO), unless the client asks for the login form (prompt=login)."""
    auth = flow.authorization_request(request.args)
    person = flow.sso_person() if auth.get("prompt") != "login" else None
    if person is not None:
        return flow.back_with_code(person, auth)
    referrer = request.referrer or ""
    if referrer.startswith(flow.portal_url()):
        session["back_url"] = referrer
    else:
        session.setdefault("back_url", flow.portal_url())
    tab = request.args.get("tab", "account")
    return _render_login(auth, tab if tab in TABS else "account",
                         notice=session.pop("notice", None))


@bp.get("/captcha.png")
def captcha_image():
    """The image of a form's captcha; `refresh=1` (a click on it) draws a new one."""
    slot = request.args.get("slot", "account")
    if slot not in verification.CAPTCHA_SLOTS:
        abort(404)
    key = verification.CAPTCHA_SLOTS[slot]
    if key not in session or request.args.get("refresh"):
        verification.new_captcha(slot)
    response = Response(captcha.draw(session[key]), mimetype="image/png")
    response.headers["Cache-Control"] = "no-store"
    return response


def _account_login_problem(form) -> str | None:
    """The first thing wrong with an 账号登录 form, in the platform's words."""
    login, password, typed = (form.get(k, "").strip() for k in ("login", "password", "captcha"))
    if not login:
        return "请输入用户名/手机号/身份证号"
    if not form.get("password"):
        return "请输入密码"
    if problem := verification.captcha_problem(typed, "account"):
        return problem
    store = get_store()
    person = store.identity.person_by_login(login)
    if person is None:
        return WRONG_PASSWORD
    now = in_request.now()
    locks = web.rules().locks
    if locked := lockout.lock_message(store, person["id"], now, locks):
        return locked
    if not constant_time.equal(password, person["password"]):
        return lockout.record_failure(store, person["id"], now, locks) or WRONG_PASSWORD
    return None


@bp.post("/open/login/account")
def account_login():
    auth = flow.authorization_request(request.form)
    login = request.form.get("login", "").strip()
    problem = _account_login_problem(request.form)
    if problem:
        return _render_login(auth, "account", problem, login=login, status=400)
    person = get_store().identity.person_by_login(login)
    lockout.clear(get_store(), person["id"])
    return flow.sign_in(person, auth)


def _sms_login_problem(phone: str, code: str) -> str | None:
    if problem := accounts.phone_problem(phone):
        return problem
    if problem := sms_codes.format_problem(code):
        return problem
    if get_store().identity.person_by_phone(phone) is None:
        return account_service.PHONE_UNKNOWN
    try:
        sms_codes.redeem(get_store(), current_app.config["SETTINGS"], phone, sms_codes.LOGIN,
                         code, in_request.now())
    except sms_codes.CodeRefused as exc:
        return exc.message
    return None


@bp.post("/open/login/sms")
def sms_login():
    """短信登录: 获取验证码 (action=send_code), or 登录 with the code."""
    auth = flow.authorization_request(request.form)
    phone = request.form.get("phone", "").strip()
    if request.form.get("action") == "send_code":
        sent = verification.send_code(request.form, sms_codes.LOGIN, "sms")
        if verification.wants_json():
            return verification.json_answer(sent, phone, sms_codes.LOGIN)
        return _render_login(auth, "sms", error=None if sent.ok else sent.message,
                             notice=sent.message if sent.ok else None, phone=phone,
                             status=sent.status)
    problem = _sms_login_problem(phone, request.form.get("code", "").strip())
    if problem:
        return _render_login(auth, "sms", problem, phone=phone, status=400)
    return flow.sign_in(get_store().identity.person_by_phone(phone), auth)


@bp.get("/open/logout")
def logout():
    """End this browser's platform session; back to a registered client's page if asked."""
    client_id = request.args.get("client_id")
    target = request.args.get("post_logout_redirect_uri")
    if client_id is not None or target is not None:
        client = flow.registered_clients().get(client_id or "")
        if client is None:
            abort(400, description="应用未注册，无法退出。")
        if target not in client["post_logout_redirect_uris"]:
            abort(400, description="退出后的跳转地址不合法。")
    flow.end_sso()
    if target:
        return redirect(target)
    return render_template("login/logged_out.html")


@bp.get("/manual")
def manual():
    """用户操作手册下载: a short manual, as a file to save."""
    response = Response(render_template("login/manual.html"), mimetype="text/html")
    response.headers["Content-Disposition"] = (
        "attachment; filename=manual.html; filename*=UTF-8''"
        + urllib.parse.quote("北京市统一身份认证平台用户操作手册.html"))
    return response
