"""The request journal: what each origin was asked and answered, newest kept, numbers masked."""

from __future__ import annotations

import re
import threading
from collections import deque

#: 18-character ID numbers (the last may be X) and 11-digit mobile numbers starting with 1,
#: standing alone in a path or query (not inside a longer run of digits).
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{3})\d{11}(\d{3}[\dXx])(?![0-9A-Za-z])")
_PHONE = re.compile(r"(?<![0-9])(1\d{2})\d{4}(\d{4})(?![0-9])")


def mask(text: str) -> str:
    """`text` with ID numbers as 110***********123X and phones as 138****8000."""
    text = _ID_NUMBER.sub(lambda m: m[1] + "*" * 11 + m[2], text)
    return _PHONE.sub(lambda m: m[1] + "****" + m[2], text)


class Journal:
    """The last `size` requests, oldest first; safe to use from the server's threads."""

    def __init__(self, size: int) -> None:
        self._entries: deque[dict] = deque(maxlen=size)
        self._lock = threading.Lock()

    def record(self, entry: dict) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self, path: str | None = None, method: str | None = None,
                origin: str | None = None) -> list[dict]:
        """The entries whose path starts with `path`, of `method` and `origin` (any if None)."""
        with self._lock:
            kept = list(self._entries)
        return [entry for entry in kept
                if (path is None or entry["path"].startswith(path))
                and (method is None or entry["method"] == method.upper())
                and (origin is None or entry["origin"] == origin)]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
