"""Seeded defects of accessibility: labels, contrast, keyboard and text alternatives (area
`accessibility`)."""

from __future__ import annotations

from .defect import Defect


def _wage_unlabelled(name: str) -> str:
    return "" if name == "wage" else name


WAGE_LABEL_LOST = Defect(
    "wage-label-lost", "accessibility",
    "The 缴费工资 label no longer names its input.",
    page={"label_for": _wage_unlabelled})

PALE_SKY = Defect(
    "pale-sky", "accessibility",
    "The identity platform's blue fades to a paler one, too light for its white text.",
    page={"sky": ("#0b4ea2", "#2f7dd1")})

CAPTCHA_REFRESH_MOUSE_ONLY = Defect(
    "captcha-refresh-mouse-only", "accessibility",
    "The captcha's image is no longer in a button: only a mouse click draws a new one.",
    page={"captcha_refresh_button": False})

CAPTCHA_ALT_LOST = Defect(
    "captcha-alt-lost", "accessibility",
    "The graphic captcha's image has an empty text alternative.",
    page={"captcha_alt": ""})

DEFECTS = (WAGE_LABEL_LOST, PALE_SKY, CAPTCHA_REFRESH_MOUSE_ONLY, CAPTCHA_ALT_LOST)
