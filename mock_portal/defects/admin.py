"""Seeded defects of the control API's bearer-token guard (area `admin`)."""

from __future__ import annotations

from .defect import Defect

ADMIN_UNKNOWN_PATH_UNGUARDED = Defect(
    "admin-unknown-path-unguarded", "admin",
    "With a token set, an unknown /__admin path answers 404 without it, so paths can be "
    "probed.",
    gates={"admin_guards_every_path": False})


def _any_bearer(given: str, expected: str) -> bool:
    return bool(given)


ADMIN_TOKEN_ANY_BEARER = Defect(
    "admin-token-any-bearer", "admin",
    "The control API lets any bearer token through, not only the portal's own.",
    gates={"token_matches": _any_bearer})

DEFECTS = (ADMIN_UNKNOWN_PATH_UNGUARDED, ADMIN_TOKEN_ANY_BEARER)
