"""Whether 北京市统一身份认证平台 is up: tests take it down through the control API.

Both origins run in one process, so the portal learns of an outage at once, as it would from
its own monitoring of the platform; `POST /__admin/reset` brings the platform back.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_up = True


def is_up() -> bool:
    with _lock:
        return _up


def set_up(up: bool) -> None:
    global _up
    with _lock:
        _up = up
