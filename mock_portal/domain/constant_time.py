"""Comparing secrets (tokens, passwords, codes) in constant time, whatever text was typed."""

from __future__ import annotations

import hmac


def equal(given: str, expected: str) -> bool:
    """Whether `given` is `expected`, in a time that does not tell how much of it was right.

    The comparison is of UTF-8 bytes: `secrets.compare_digest` refuses str with non-ASCII
    characters (TypeError, a 500), and a person may type any character into a field.
    """
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"),
                               expected.encode("utf-8", "surrogatepass"))
