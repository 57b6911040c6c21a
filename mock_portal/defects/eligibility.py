"""Seeded defects of who may declare (用户须知, area `eligibility`)."""

from __future__ import annotations

from datetime import date

from ..domain import eligibility
from .defect import Defect


def _suspended_may_declare(status: str, id_number: str, track: str, today: date):
    return eligibility.assess("normal" if status == "suspended" else status, id_number, track,
                              today)


SUSPENDED_MAY_DECLARE = Defect(
    "suspended-may-declare", "eligibility",
    "A person whose contributions are suspended is let through 用户须知.",
    rules={"assess": _suspended_may_declare})

DEFECTS = (SUSPENDED_MAY_DECLARE,)
