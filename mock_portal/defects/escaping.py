"""Seeded defects of how typed text is put into a page (area `escaping`)."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from .defect import Defect


def _unescaped(value: Any) -> Markup:
    """The text put in the page as markup (never escaped)."""
    return Markup(value)


COMMENT_UNESCAPED = Defect(
    "comment-unescaped", "escaping",
    "The evaluation's comment is put into 查看详情 as markup, not text.",
    page={"shown": _unescaped})

DEFECTS = (COMMENT_UNESCAPED,)
