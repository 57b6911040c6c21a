"""忘记密码?: a new password through an SMS code; every session of the person ends."""

from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template, request, session, url_for

from .. import in_request
from ..domain import accounts
from ..services import accounts as account_service
from ..services import sms_codes
from ..store import get_store
from . import flow, verification

bp = Blueprint("password", __name__, url_prefix="/renzheng/open/password")

FIELDS = ("phone", "code", "password", "confirmation")
DONE = "密码重置成功，请使用新密码登录。"


def _render(auth: dict | None, values: dict, error: str | None = None,
            notice: str | None = None, status: int = 200):
    verification.new_captcha("reset")
    phone = values.get("phone") or verification.remembered_phone(sms_codes.RESET)
    login_url = url_for("login.login_page", **auth) if auth else flow.portal_url() + "login"
    return render_template(
        "password/forget.html", auth=auth, values={**values, "phone": phone}, error=error,
        notice=notice, countdown=verification.countdown(phone, sms_codes.RESET),
        login_url=login_url), status


def _problem(phone: str, code: str, password: str, confirmation: str) -> str | None:
    """The first thing wrong with the reset; None once the new password is set."""
    store, settings = get_store(), current_app.config["SETTINGS"]
    now = in_request.now()
    if problem := accounts.phone_problem(phone):
        return problem
    person = store.identity.person_by_phone(phone)
    if person is None:
        return account_service.PHONE_UNKNOWN
    if problem := sms_codes.format_problem(code):
        return problem
    if problem := account_service.password_problem(password, confirmation):
        return problem[1]
    try:
        # Checked before the new password is compared with the old one, so the comparison
        # tells nothing to someone without the code; used up only once the reset is done.
        current = sms_codes.check(store, settings, phone, sms_codes.RESET, code, now)
        account_service.reset_password(store, person, password, now)
    except (sms_codes.CodeRefused, account_service.AccountRefused) as exc:
        return exc.message
    store.identity.use_sms_code(current["id"], now)
    return None


@bp.route("/forget", methods=["GET", "POST"])
def forget():
    auth = flow.optional_authorization_request(request.values)
    if request.method == "GET":
        return _render(auth, {})
    values = {key: request.form.get(key, "") for key in FIELDS}
    phone, code = values["phone"].strip(), values["code"].strip()
    if request.form.get("action") == "send_code":
        sent = verification.send_code(request.form, sms_codes.RESET, "reset")
        if verification.wants_json():
            return verification.json_answer(sent, phone, sms_codes.RESET)
        return _render(auth, {"phone": phone}, error=None if sent.ok else sent.message,
                       notice=sent.message if sent.ok else None, status=sent.status)
    problem = _problem(phone, code, values["password"], values["confirmation"])
    if problem:
        return _render(auth, {"phone": phone, "code": code}, error=problem, status=400)
    flow.end_sso()
    if auth:
        session["notice"] = DONE
        return redirect(url_for("login.login_page", **auth))
    return render_template("password/done.html", message=DONE,
                           portal_login=flow.portal_url() + "login")
