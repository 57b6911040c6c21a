"""短信验证码: six-digit codes sent through the SMS outbox to log in, register or reset a password.

One code counts per phone and purpose: the last one sent. It is valid `sms_code_ttl_seconds`,
usable once, void after `sms_code_attempts` wrong tries; a new one may be asked for
`sms_resend_seconds` after the last, at most `sms_daily_limit` a day per phone (Beijing date).
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..config import Settings
from ..domain import constant_time
from ..store import Store
from . import sms
from .sms_gateway import Gateway

LOGIN, REGISTER, RESET = "login", "register", "reset"
PURPOSES = (LOGIN, REGISTER, RESET)
LENGTH = 6

#: What the person reads on the phone (signature 【北京通】, docs/domain.md §5).
TEXTS = {
    LOGIN: "【北京通】{code}（验证码），{minutes}分钟内有效，请勿转发。",
    REGISTER: "【北京通】{code}（验证码），您正在注册北京通账号，{minutes}分钟内有效，请勿转发。",
    RESET: "【北京通】{code}（验证码），您正在找回北京通账号密码，{minutes}分钟内有效，请勿转发。",
}

SENT = "验证码已发送，请注意查收"
TOO_SOON = "请{seconds}秒后再重新获取验证码"
DAILY_LIMIT = "今日获取验证码次数已达上限，请明日再试"
EMPTY = "请输入验证码"
BAD_FORMAT = "验证码格式不正确"
NOT_REQUESTED = "请先获取验证码"
WRONG = "验证码错误，请重新输入"
EXPIRED = "验证码已过期，请重新获取"
USED = "验证码已使用，请重新获取"
TOO_MANY_TRIES = "验证码错误次数过多，请重新获取"

SEND_LABEL = "获取验证码"
RESEND_LABEL = "重新发送({seconds})"


class CodeRefused(Exception):
    """A code that cannot be sent or accepted; str() is the person's message."""

    def __init__(self, message: str, too_soon: bool = False):
        super().__init__(message)
        self.message = message
        #: A refusal for asking again too early or too often (HTTP 429), not for bad input.
        self.too_soon = too_soon


@dataclass(frozen=True)
class Countdown:
    """How long until a new code may be asked for, and what the 获取验证码 button says."""

    seconds_left: float

    @property
    def running(self) -> bool:
        return self.seconds_left > 0

    @property
    def milliseconds(self) -> int:
        return max(0, math.ceil(self.seconds_left * 1000))

    @property
    def label(self) -> str:
        """「重新发送(59)」 right after sending, one less each second, never (0); then 获取验证码."""
        if not self.running:
            return SEND_LABEL
        return RESEND_LABEL.format(seconds=max(1, math.ceil(self.seconds_left) - 1))


def countdown(store: Store, settings: Settings, phone: str, purpose: str,
              now: datetime) -> Countdown:
    last = store.identity.latest_sms_code(phone, purpose) if phone else None
    if last is None:
        return Countdown(0)
    ready = datetime.fromisoformat(last["sent_at"]) + timedelta(seconds=settings.sms_resend_seconds)
    return Countdown(max(0.0, (ready - now).total_seconds()))


def send(store: Store, settings: Settings, phone: str, purpose: str, now: datetime,
         gateway: Gateway) -> dict:
    """Send a new code to `phone` (the phone is checked by the caller); raises CodeRefused."""
    wait = countdown(store, settings, phone, purpose, now)
    if wait.running:
        raise CodeRefused(TOO_SOON.format(seconds=math.ceil(wait.seconds_left)), too_soon=True)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if store.identity.sms_codes_sent_since(phone, midnight) >= settings.sms_daily_limit:
        raise CodeRefused(DAILY_LIMIT, too_soon=True)
    code = f"{secrets.randbelow(10 ** LENGTH):0{LENGTH}d}"
    row = store.identity.add_sms_code(phone, purpose, code, now,
                                      now + timedelta(seconds=settings.sms_code_ttl_seconds))
    minutes = settings.sms_code_ttl_seconds // 60
    sms.send(store, phone, TEXTS[purpose].format(code=code, minutes=minutes), now, gateway,
             verification_code=True)
    return row


def format_problem(typed: str) -> str | None:
    """The message for a code that cannot be one: empty, or not six ASCII digits."""
    if not typed:
        return EMPTY
    if not (len(typed) == LENGTH and typed.isascii() and typed.isdigit()):
        return BAD_FORMAT
    return None


def redeem(store: Store, settings: Settings, phone: str, purpose: str, typed: str,
           now: datetime) -> None:
    """Accept `typed` as the phone's current code for `purpose` and use it up; or CodeRefused."""
    store.identity.use_sms_code(check(store, settings, phone, purpose, typed, now)["id"], now)


def check(store: Store, settings: Settings, phone: str, purpose: str, typed: str,
          now: datetime) -> dict:
    """The phone's current code if `typed` is it (a wrong try counts); or CodeRefused."""
    typed = typed.strip()
    if problem := format_problem(typed):
        raise CodeRefused(problem)
    last = store.identity.latest_sms_code(phone, purpose)
    if last is None:
        raise CodeRefused(NOT_REQUESTED)
    if last["used_at"] is not None:
        raise CodeRefused(USED)
    if datetime.fromisoformat(last["expires_at"]) < now:
        raise CodeRefused(EXPIRED)
    if last["failed_attempts"] >= settings.sms_code_attempts:
        raise CodeRefused(TOO_MANY_TRIES)
    if not constant_time.equal(typed, last["code"]):
        tries = store.identity.fail_sms_code(last["id"])
        raise CodeRefused(TOO_MANY_TRIES if tries >= settings.sms_code_attempts else WRONG)
    return last


def current(store: Store, settings: Settings, phone: str, purpose: str | None,
            now: datetime) -> dict | None:
    """The last code sent to a phone, with its state, for the control API."""
    last = store.identity.latest_sms_code(phone, purpose)
    if last is None:
        return None
    if last["used_at"] is not None:
        state = "used"
    elif datetime.fromisoformat(last["expires_at"]) < now:
        state = "expired"
    elif last["failed_attempts"] >= settings.sms_code_attempts:
        state = "void"
    else:
        state = "valid"
    return {"phone": last["phone"], "purpose": last["purpose"], "code": last["code"],
            "sent_at": last["sent_at"], "expires_at": last["expires_at"], "state": state,
            "failed_attempts": last["failed_attempts"],
            "resend_in_seconds": math.ceil(
                countdown(store, settings, phone, last["purpose"], now).seconds_left)}
