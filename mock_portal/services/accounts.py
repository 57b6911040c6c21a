"""北京通 accounts their owners make and repair: 立即注册 and 忘记密码? (docs/domain.md §5).

Checks answer with the first problem as (field, message) in the platform's words; the SMS
code is checked by the caller (services.sms_codes) once everything else is right.
"""

from __future__ import annotations

import re
from datetime import datetime

from ..domain import accounts, id_numbers
from ..store import Store
from . import lockout, personas

#: 2–30 characters: Chinese or Latin letters, the middle dot of names such as 买买提·艾力, spaces.
REAL_NAME = re.compile(r"[\u3400-\u9fffA-Za-z·• ]{2,30}")

PHONE_TAKEN = "该手机号已注册，请直接登录或找回密码"
PHONE_UNKNOWN = "该手机号未注册，请先注册"
ID_TAKEN = "该身份证号已注册，请直接登录或找回密码"
NO_PASSWORD = "请输入密码"
NO_CONFIRMATION = "请再次输入密码"
MISMATCH = "两次输入的密码不一致"
NO_NAME = "请输入真实姓名"
BAD_NAME = "请输入正确的真实姓名"
NO_ID_NUMBER = "请输入身份证号"
SAME_PASSWORD = "新密码不能与原密码相同"


class AccountRefused(Exception):
    """A registration or reset the platform refuses; `field` names the input at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def password_problem(password: str, confirmation: str) -> tuple[str, str] | None:
    if not password:
        return "password", NO_PASSWORD
    if message := accounts.password_problem(password):
        return "password", message
    if not confirmation:
        return "confirmation", NO_CONFIRMATION
    if confirmation != password:
        return "confirmation", MISMATCH
    return None


def registration_problem(store: Store, form: dict) -> tuple[str, str] | None:
    """The first thing wrong with 立即注册's password, name and ID number, or a taken account."""
    if problem := password_problem(form["password"], form["confirmation"]):
        return problem
    name = form["name"].strip()
    if not name:
        return "name", NO_NAME
    if not REAL_NAME.fullmatch(name):
        return "name", BAD_NAME
    if not form["id_number"].strip():
        return "id_number", NO_ID_NUMBER
    try:
        id_number = id_numbers.parse(form["id_number"]).number
    except id_numbers.InvalidIdNumber as exc:
        return "id_number", str(exc)
    if store.identity.taken("phone", form["phone"]):
        return "phone", PHONE_TAKEN
    if store.identity.taken("id_number", id_number):
        return "id_number", ID_TAKEN
    return None


def register(store: Store, form: dict, now: datetime) -> dict:
    """A new account in status normal, on the retirement track its ID number's sex gives."""
    holder = id_numbers.parse(form["id_number"])
    fields = {"name": form["name"].strip(), "id_number": holder.number, "phone": form["phone"],
              "password": form["password"], "status": "normal",
              "retirement_track": "M60" if holder.sex == "M" else "F55"}
    try:
        return personas.create(store, fields, now)
    except personas.InvalidPersona as exc:
        message = ID_TAKEN if exc.field == "id_number" else PHONE_TAKEN
        raise AccountRefused(exc.field, message) from exc


def reset_password(store: Store, person: dict, password: str, now: datetime) -> dict[str, int]:
    """Set a new password, lift any lock, end every session of the person; sessions ended."""
    if password == person["password"]:
        raise AccountRefused("password", SAME_PASSWORD)
    store.identity.set_password(person["id"], password)
    lockout.clear(store, person["id"])
    return end_sessions(store, person["id"], now)


def open_sessions(store: Store, person_id: int) -> dict[str, int]:
    """How many sessions of a person are not ended (idle ones included), on each origin."""
    return {"portal": store.portal.sessions.count_open_of(person_id),
            "identity": store.identity.sessions.count_open_of(person_id)}


def end_sessions(store: Store, person_id: int, now: datetime) -> dict[str, int]:
    """End every open session of a person on both origins; how many each had."""
    return {"portal": store.portal.sessions.end_all_of(person_id, now),
            "identity": store.identity.sessions.end_all_of(person_id, now)}
