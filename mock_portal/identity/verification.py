"""获取验证码 on the platform's forms: the graphic captcha, then the SMS code and its countdown.

Each form has its own captcha (slot), so two images on one page never overwrite each other's
value. A form asks for a code by posting itself with `action=send_code`: without JavaScript the
page comes back with the countdown on the button; the page's script posts the same form with
`Accept: application/json` and reads the answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app, jsonify, request, session

from .. import in_request, web
from ..domain import accounts
from ..services import accounts as account_service
from ..services import captcha, sms_codes
from ..store import get_store

#: The session key of each form's graphic captcha ("captcha" is 账号登录's).
CAPTCHA_SLOTS = {"account": "captcha", "sms": "captcha_sms", "register": "captcha_register",
                 "reset": "captcha_reset"}
NO_CAPTCHA = "请输入图形验证码"
BAD_CAPTCHA_FORMAT = "验证码格式不正确"
WRONG_CAPTCHA = "请输入正确的图形验证码"


def new_captcha(slot: str) -> None:
    session[CAPTCHA_SLOTS[slot]] = captcha.new_value(current_app.config["SETTINGS"].captcha)


def captcha_problem(typed: str, slot: str) -> str | None:
    """The message for a wrong graphic captcha; the captcha is used up either way."""
    expected = session.pop(CAPTCHA_SLOTS[slot], None)
    if not typed:
        return NO_CAPTCHA
    if not (typed.isascii() and typed.isdigit() and len(typed) == captcha.LENGTH):
        return BAD_CAPTCHA_FORMAT
    if not web.rules().captcha_matches(expected, typed):
        return WRONG_CAPTCHA
    return None


@dataclass(frozen=True)
class Sent:
    """The outcome of 获取验证码: the message, the field at fault, the HTTP status."""

    message: str
    field: str | None = None
    status: int = 200

    @property
    def ok(self) -> bool:
        return self.status == 200


def send_code(form, purpose: str, slot: str) -> Sent:
    """Check the phone and the graphic captcha, then send a code for `purpose`."""
    phone = form.get("phone", "").strip()
    typed = form.get("captcha", "").strip()
    if problem := accounts.phone_problem(phone):
        session.pop(CAPTCHA_SLOTS[slot], None)
        return Sent(problem, "phone", 400)
    if problem := captcha_problem(typed, slot):
        return Sent(problem, "captcha", 400)
    store = get_store()
    if purpose == sms_codes.REGISTER and store.identity.taken("phone", phone):
        return Sent(account_service.PHONE_TAKEN, "phone", 400)
    if purpose != sms_codes.REGISTER and store.identity.person_by_phone(phone) is None:
        return Sent(account_service.PHONE_UNKNOWN, "phone", 400)
    try:
        sms_codes.send(store, current_app.config["SETTINGS"], phone, purpose, in_request.now(),
                       in_request.gateway())
    except sms_codes.CodeRefused as exc:
        return Sent(exc.message, "phone", 429 if exc.too_soon else 400)
    session[f"sms_phone_{purpose}"] = phone
    return Sent(sms_codes.SENT)


def remembered_phone(purpose: str) -> str:
    """The phone this browser last had a code sent to for `purpose` (for a reloaded page)."""
    return session.get(f"sms_phone_{purpose}", "")


def countdown(phone: str, purpose: str) -> sms_codes.Countdown:
    return sms_codes.countdown(get_store(), current_app.config["SETTINGS"], phone, purpose,
                               in_request.now())


def wants_json() -> bool:
    """Whether the page's script asked (fetch with Accept: application/json)."""
    accept = request.headers.get("Accept", "")
    return "application/json" in accept and "text/html" not in accept


def json_answer(sent: Sent, phone: str, purpose: str):
    wait = countdown(phone, purpose) if phone else sms_codes.Countdown(0)
    return jsonify({"ok": sent.ok, "message": sent.message, "field": sent.field,
                    "resend_ms": wait.milliseconds, "label": wait.label}), sent.status
