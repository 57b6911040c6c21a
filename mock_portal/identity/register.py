"""立即注册: a 北京通 account from a phone, an SMS code, a password and the holder's real name."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request, url_for

from .. import in_request
from ..domain import accounts
from ..services import accounts as account_service
from ..services import sms_codes
from ..store import get_store
from . import flow, verification

bp = Blueprint("register", __name__, url_prefix="/renzheng/open/register")

FIELDS = ("phone", "code", "password", "confirmation", "name", "id_number")


def _render(auth: dict | None, values: dict, error: str | None = None,
            notice: str | None = None, status: int = 200):
    verification.new_captcha("register")
    phone = values.get("phone") or verification.remembered_phone(sms_codes.REGISTER)
    return render_template(
        "register/register.html", auth=auth, values={**values, "phone": phone}, error=error,
        notice=notice, countdown=verification.countdown(phone, sms_codes.REGISTER),
        login_url=_login_url(auth)), status


def _login_url(auth: dict | None) -> str:
    """The login page of the flow the person came from, else the portal's 登录."""
    if auth:
        return url_for("login.login_page", **auth)
    return flow.portal_url() + "login"


def _problem(values: dict) -> str | None:
    if problem := accounts.phone_problem(values["phone"]):
        return problem
    if problem := sms_codes.format_problem(values["code"]):
        return problem
    if problem := account_service.registration_problem(get_store(), values):
        return problem[1]
    try:
        sms_codes.redeem(get_store(), current_app.config["SETTINGS"], values["phone"],
                         sms_codes.REGISTER, values["code"], in_request.now())
    except sms_codes.CodeRefused as exc:
        return exc.message
    return None


@bp.route("", methods=["GET", "POST"])
def register():
    auth = flow.optional_authorization_request(request.values)
    if request.method == "GET":
        return _render(auth, {})
    values = {key: request.form.get(key, "") for key in FIELDS}
    values["phone"], values["code"] = values["phone"].strip(), values["code"].strip()
    kept = {k: values[k] for k in ("phone", "name", "id_number")}
    if request.form.get("action") == "send_code":
        sent = verification.send_code(request.form, sms_codes.REGISTER, "register")
        if verification.wants_json():
            return verification.json_answer(sent, values["phone"], sms_codes.REGISTER)
        return _render(auth, kept, error=None if sent.ok else sent.message,
                       notice=sent.message if sent.ok else None, status=sent.status)
    if problem := _problem(values):
        return _render(auth, {**kept, "code": values["code"]}, error=problem, status=400)
    try:
        person = account_service.register(get_store(), values, in_request.now())
    except account_service.AccountRefused as exc:
        return _render(auth, kept, error=exc.message, status=400)
    back = flow.sign_in(person, auth)
    if back is not None:
        return back
    return render_template("register/done.html", person=person,
                           portal_login=flow.portal_url() + "login")
