"""Seeded defects of 立即评价 (area `evaluation`)."""

from __future__ import annotations

from .defect import Defect


def _never_evaluated(existing: dict | None) -> bool:
    return False


EVALUATION_ACCEPTED_TWICE = Defect(
    "evaluation-accepted-twice", "evaluation",
    "立即评价 takes a second evaluation of a case, replacing the first, instead of 409.",
    rules={"evaluated": _never_evaluated})

DEFECTS = (EVALUATION_ACCEPTED_TWICE,)
