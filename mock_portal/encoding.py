"""Requests whose query string or form is not UTF-8 (a GBK page, a broken client) are refused with
a page that says so, before any view reads them as mojibake."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, abort, request

FORM = "application/x-www-form-urlencoded"
MESSAGE = "提交的内容含有无法识别的字符（不是UTF-8编码），未被接收，请返回检查后重试。"


def protect(app: Flask, is_utf8: Callable[[bytes], bool]) -> None:
    """Refuse (400) every request of `app` whose query or form `is_utf8` refuses (the app's
    gate, mock_portal/web.py)."""

    def check() -> None:
        # Werkzeug would keep undecodable escapes as text ("%B0%EC"), so the raw bytes are
        # checked; get_data caches the body, which the form is then parsed from.
        body = request.get_data(cache=True) if request.mimetype == FORM else b""
        if not (is_utf8(request.query_string) and is_utf8(body)):
            abort(400, description=MESSAGE)

    app.before_request(check)
