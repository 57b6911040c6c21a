"""Error pages in Chinese for both origins (each renders its own error.html)."""

from __future__ import annotations

from flask import render_template
from werkzeug.exceptions import HTTPException

DEFAULT_MESSAGES = {
    400: "请求无效，请返回后重试。",
    404: "您访问的页面不存在或已删除。",
    405: "请求方式不正确。",
}


def _is_chinese(text: str | None) -> bool:
    return bool(text) and any("\u4e00" <= ch <= "\u9fff" for ch in text)


def page(error: HTTPException):
    """Our own description where a view gave one, else a plain message for the status."""
    code = error.code or 500
    message = (error.description if _is_chinese(error.description)
               else DEFAULT_MESSAGES.get(code, "系统繁忙，请稍后再试。"))
    return render_template("error.html", code=code, message=message), code
