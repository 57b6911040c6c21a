"""北京通 account rules: phone numbers, user names and passwords (docs/domain.md §5)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from . import constant_time

PHONE = re.compile(r"^1\d{10}$")
USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,19}$")


def phone_problem(phone: str) -> str | None:
    if not phone:
        return "请输入手机号"
    if not PHONE.match(phone):
        return "手机号格式有误，请核对后重新输入"
    return None


def password_problem(password: str) -> str | None:
    """8–20 characters, not all digits, all letters or all symbols."""
    if not 8 <= len(password) <= 20:
        return "密码长度应为8-20位"
    kinds = {("digit" if c.isdigit() else "letter" if c.isascii() and c.isalpha() else "symbol")
             for c in password}
    if len(kinds) < 2:
        return "密码不能全为数字、全为字母或全为符号"
    return None


def username_problem(username: str) -> str | None:
    if not USERNAME.match(username):
        return "用户名应为4-20位字母、数字或下划线，以字母开头"
    return None


@dataclass(frozen=True)
class Lock:
    """账号登录 locked for `duration` once wrong passwords reach `failures`."""

    failures: int
    duration: timedelta
    message: str


#: Locked 1 hour after 5 wrong passwords, 24 hours after 10 (docs/domain.md §5).
LOCKS = (
    Lock(5, timedelta(hours=1), "密码输入错误5次，已被锁定1小时，请尝试找回密码。"),
    Lock(10, timedelta(hours=24), "密码输入错误10次，已被锁定24小时，请尝试找回密码。"),
)


def captcha_matches(expected: str | None, typed: str) -> bool:
    """Whether `typed` is the graphic captcha drawn (none drawn: never)."""
    return bool(expected) and constant_time.equal(typed.strip(), expected)
