"""Seeded defects: small, plausible bugs a test-mode portal can be started with (`--defects`).

Each is a name, an area (also the pytest marker of the tests about it) and one sentence, and
swaps one field of the app's domain rules, HTTP gates, page details or settings for the apps
built with it; the functions it replaces never change. One module per area holds each broken
function beside its entry; `make mutation` runs the suite against each (scripts/mutation.py).
"""

from __future__ import annotations

import difflib

from ..config import Settings
from ..web import AppParts
from . import (
    accessibility,
    admin,
    case_number,
    contribution_year,
    eligibility,
    escaping,
    evaluation,
    form,
    hostile_input,
    identity,
    limits,
    messages,
    payments,
    retirement,
    sms,
    space,
    visual,
)
from .defect import Defect

__all__ = ["AREAS", "BY_NAME", "CATALOGUE", "Defect", "DefectsOutsideTestMode", "UnknownDefect",
           "applied", "check", "listing"]

#: Every defect, area by area.
CATALOGUE: tuple[Defect, ...] = tuple(
    defect for area in (limits, contribution_year, retirement, eligibility, case_number,
                        identity, form, space, sms, escaping, accessibility, payments, messages,
                        evaluation, hostile_input, admin, visual)
    for defect in area.DEFECTS)

BY_NAME = {defect.name: defect for defect in CATALOGUE}
AREAS = tuple(dict.fromkeys(defect.area for defect in CATALOGUE))


class UnknownDefect(ValueError):
    """A defect name not in the catalogue; str() names it and the nearest known ones."""


class DefectsOutsideTestMode(ValueError):
    """Defects asked for without test mode; str() says so."""


def check(names: tuple[str, ...]) -> None:
    """UnknownDefect for the first name not in the catalogue, naming the nearest."""
    for name in names:
        if name not in BY_NAME:
            near = difflib.get_close_matches(name, BY_NAME, n=3)
            hint = (f"did you mean {', '.join(near)}?" if near
                    else f"known: {', '.join(BY_NAME)}")
            raise UnknownDefect(f"unknown defect {name!r}; {hint}")


def listing(names: tuple[str, ...]) -> list[dict]:
    """The whole catalogue, each with `on` when it is among `names`."""
    return [defect.listing(defect.name in names) for defect in CATALOGUE]


def applied(settings: Settings) -> tuple[Settings, AppParts]:
    """The settings and parts an app is built with: the deployment's settings and the portal's
    own rules, gates and page details, with the swaps of its defects in order (UnknownDefect,
    or DefectsOutsideTestMode when defects are asked for outside test mode)."""
    if settings.defects and not settings.test_mode:
        raise DefectsOutsideTestMode(
            f"defects ({', '.join(settings.defects)}) are for test mode only; "
            "add --test-mode or leave out --defects and MOCK_PORTAL_DEFECTS")
    check(settings.defects)
    parts = AppParts()
    for name in settings.defects:
        settings, parts = BY_NAME[name].applied_to(settings, parts)
    return settings, parts
