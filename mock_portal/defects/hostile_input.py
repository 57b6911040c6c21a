"""Seeded defects of what a hostile or broken client sends: unreadable text, forms not in
UTF-8, a missing CSRF token, an oversized body (area `hostile_input`)."""

from __future__ import annotations

from .defect import Defect


def _only_replacement_character(text: str) -> bool:
    return "\ufffd" in text


CONTROL_CHARACTERS_KEPT = Defect(
    "control-characters-kept", "hostile_input",
    "评价内容 with control characters or bidirectional overrides is kept; only bytes that "
    "were not UTF-8 are refused.",
    rules={"unreadable": _only_replacement_character})


def _any_bytes(raw: bytes) -> bool:
    return True


GBK_FORM_ACCEPTED = Defect(
    "gbk-form-accepted", "hostile_input",
    "A form or query string that is not UTF-8 (GBK) is read as mojibake, not refused.",
    gates={"is_utf8": _any_bytes})

SUSPENSION_WITHOUT_CSRF = Defect(
    "suspension-without-csrf", "hostile_input",
    "暂停缴费 and 恢复缴费 (POST /space/payments/…) go through without the form's CSRF token.",
    gates={"csrf_exempt": ("payments",)})

BODY_LIMIT_TEN_MIB = Defect(
    "body-limit-ten-mib", "hostile_input",
    "Request bodies up to 10 MiB are read instead of being refused over 1 MiB (413).",
    settings={"max_body_bytes": 10 * 1024 * 1024})

DEFECTS = (CONTROL_CHARACTERS_KEPT, GBK_FORM_ACCEPTED, SUSPENSION_WITHOUT_CSRF,
           BODY_LIMIT_TEN_MIB)
