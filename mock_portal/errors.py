"""Error pages in Chinese for both origins (each renders its own error.html)."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import render_template, request
from werkzeug.exceptions import HTTPException

DEFAULT_MESSAGES = {
    400: "请求无效，请返回后重试。",
    404: "您访问的页面不存在或已删除。",
    405: "请求方式不正确。",
    413: "提交的内容过大（不能超过1MB），未被接收，请返回检查后重试。",
    429: "访问过于频繁，请稍后再试。",
    502: "服务暂时不可用，请稍后重试。",
    503: "服务暂时不可用，请稍后重试。",
    504: "服务响应超时，请稍后重试。",
}
#: Statuses a person can hope to get past by trying again: the page offers 重试.
TRANSIENT = (408, 429, 500, 502, 503, 504)


def _is_chinese(text: str | None) -> bool:
    return bool(text) and any("\u4e00" <= ch <= "\u9fff" for ch in text)


def retry_url() -> str | None:
    """Where 重试 leads: the same page for a GET; for a form's POST, the page the form was on
    (its Referer on this origin), where the person sends it again."""
    if request.method == "GET":
        return request.full_path.rstrip("?")
    referrer = urlsplit(request.referrer or "")
    if referrer.netloc == request.host and referrer.path:
        return referrer.path + (f"?{referrer.query}" if referrer.query else "")
    return None


def page(error: HTTPException):
    """Our own description where a view gave one, else a plain message for the status; 重试
    where trying again may help."""
    code = error.code or 500
    message = (error.description if _is_chinese(error.description)
               else DEFAULT_MESSAGES.get(code, "系统繁忙，请稍后再试。"))
    retry = retry_url() if code in TRANSIENT else None
    return render_template("error.html", code=code, message=message, retry_url=retry), code
