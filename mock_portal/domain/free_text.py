"""Free text a person types (评价内容): which characters cannot be kept."""

from __future__ import annotations

import unicodedata
from urllib.parse import unquote_to_bytes

#: Line breaks and tabs belong in a comment; every other control character does not.
KEPT_CONTROLS = frozenset("\t\n\r")
#: What the server reads for bytes that are not UTF-8 (Werkzeug decodes with "replace").
REPLACEMENT = "\ufffd"
#: Bidirectional overrides and isolates: they make stored text read differently on screen.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unreadable(text: str) -> bool:
    """Whether `text` holds a character that is no writing: a control character (but line
    breaks and tabs), a byte that was not UTF-8, a surrogate, a private-use code or a
    bidirectional override."""
    return any(ch == REPLACEMENT or ch in BIDI_CONTROLS
               or (unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in KEPT_CONTROLS)
               for ch in text)


def is_utf8(raw: bytes) -> bool:
    """Whether a query string or urlencoded form, percent escapes decoded, is UTF-8."""
    try:
        unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
