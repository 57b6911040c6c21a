"""北京市统一身份认证平台: the login page (账号登录), its captcha, and the authorization code."""

from __future__ import annotations

import secrets
import urllib.parse
from datetime import timedelta

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

from .. import clock
from ..config import PORTAL_CLIENT_ID
from ..services import captcha
from ..store import get_store

bp = Blueprint("login", __name__, url_prefix="/renzheng")

#: What the platform accepts as an identity document (shown in the header, as in the guide).
DOCUMENTS = "中华人民共和国居民身份证、港澳居民来往内地通行证、外国人永久居留身份证"


def registered_clients() -> dict[str, dict]:
    settings = current_app.config["SETTINGS"]
    return {PORTAL_CLIENT_ID: {"secret": settings.client_secret,
                               "redirect_uris": (settings.redirect_uri,)}}


def _authorization_request(args) -> dict:
    """The OAuth2 parameters, checked: registered client, exact redirect URI, code flow."""
    client = registered_clients().get(args.get("client_id", ""))
    if client is None:
        abort(400, description="应用未注册，无法登录。")
    if args.get("redirect_uri") not in client["redirect_uris"]:
        abort(400, description="回调地址不合法，无法登录。")
    if args.get("response_type") != "code":
        abort(400, description="不支持的授权方式。")
    return {"client_id": args["client_id"], "redirect_uri": args["redirect_uri"],
            "scope": args.get("scope", "user_info"), "state": args.get("state", "")}


def _new_captcha() -> None:
    session["captcha"] = captcha.new_value(current_app.config["SETTINGS"].captcha)


def _portal_url() -> str:
    return current_app.config["SETTINGS"].portal_url.rstrip("/") + "/"


def _render_login(auth: dict, error: str | None = None, login: str = "", status: int = 200):
    _new_captcha()
    return render_template("login/login.html", auth=auth, error=error, login=login,
                           documents=DOCUMENTS, back_url=session.get("back_url", _portal_url())
                           ), status


@bp.get("/open/login/goUserLogin")
def login_page():
    auth = _authorization_request(request.args)
    referrer = request.referrer or ""
    session["back_url"] = referrer if referrer.startswith(_portal_url()) else _portal_url()
    return _render_login(auth)


@bp.get("/captcha.png")
def captcha_image():
    """A new captcha each time the image loads (a click on it reloads it)."""
    if "captcha" not in session or request.args.get("refresh"):
        _new_captcha()
    response = Response(captcha.draw(session["captcha"]), mimetype="image/png")
    response.headers["Cache-Control"] = "no-store"
    return response


def _account_login_problem(form) -> str | None:
    """The first thing wrong with an 账号登录 form, in the platform's words."""
    login, password, typed = (form.get(k, "").strip() for k in ("login", "password", "captcha"))
    if not login:
        return "请输入用户名/手机号/身份证号"
    if not form.get("password"):
        return "请输入密码"
    if not typed:
        return "请输入图形验证码"
    if not (typed.isascii() and typed.isdigit() and len(typed) == captcha.LENGTH):
        return "验证码格式不正确"
    if not captcha.matches(session.pop("captcha", None), typed):
        return "请输入正确的图形验证码"
    person = get_store().person_by_login(login)
    if person is None or not secrets.compare_digest(person["password"], password):
        return "用户名或密码错误"
    return None


@bp.post("/open/login/account")
def account_login():
    auth = _authorization_request(request.form)
    problem = _account_login_problem(request.form)
    if problem:
        return _render_login(auth, problem, request.form.get("login", "").strip(), 400)
    person = get_store().person_by_login(request.form["login"].strip())
    settings = current_app.config["SETTINGS"]
    code = get_store().issue_code(auth["client_id"], auth["redirect_uri"], person["id"],
                                  clock.now() + timedelta(seconds=settings.code_ttl_seconds))
    query = urllib.parse.urlencode({"code": code, "state": auth["state"]})
    return redirect(f"{auth['redirect_uri']}?{query}")


@bp.get("/manual")
def manual():
    """用户操作手册下载: a short manual, as a file to save."""
    response = Response(render_template("login/manual.html"), mimetype="text/html")
    response.headers["Content-Disposition"] = (
        "attachment; filename=manual.html; filename*=UTF-8''"
        + urllib.parse.quote("北京市统一身份认证平台用户操作手册.html"))
    return response
