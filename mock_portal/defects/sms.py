"""Seeded defects of the case messages sent by SMS (area `sms`)."""

from __future__ import annotations

from .defect import Defect


def _without_number(template: str) -> str:
    return template.replace("（办件单号：{number}）", "")


SMS_WITHOUT_CASE_NUMBER = Defect(
    "sms-without-case-number", "sms",
    "Case messages leave out the 办件单号.",
    rules={"case_text": _without_number})


def _next_phone(phone: str) -> str:
    return phone[:-1] + str((int(phone[-1]) + 1) % 10)


SMS_TO_WRONG_PHONE = Defect(
    "sms-to-wrong-phone", "sms",
    "Case messages go to a phone one digit away from the applicant's.",
    rules={"sms_recipient": _next_phone})

DEFECTS = (SMS_WITHOUT_CASE_NUMBER, SMS_TO_WRONG_PHONE)
