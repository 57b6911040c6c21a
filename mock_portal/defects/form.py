"""Seeded defects of the declaration's form steps: 用户须知, 在线填表, 信息确认 (area `form`)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from ..domain.cycles import MONTHLY
from .defect import Defect


def _previous_forgets(values: dict) -> dict:
    return {"wage": "", "cycle": MONTHLY}


PREVIOUS_LOSES_VALUES = Defect(
    "previous-loses-values", "form",
    "上一步 from 在线填表 forgets the wage and cycle typed.",
    rules={"kept_on_previous": _previous_forgets})


def _draft_without_cycle(values: dict) -> dict:
    return {**values, "cycle": MONTHLY}


DRAFT_LOSES_CYCLE = Defect(
    "draft-loses-cycle", "form",
    "保存草稿 keeps the wage but stores the cycle as 按月缴费.",
    rules={"kept_in_draft": _draft_without_cycle})


def _always_agreed(form: Mapping) -> bool:
    return True


AGREEMENT_GATE_SKIPPABLE = Defect(
    "agreement-gate-skippable", "form",
    "进入办事 works without ticking the agreement.",
    rules={"agreed": _always_agreed})


#: A number no earlier submit had: an object's id() may come back once the object is freed.
_SUBMITS = itertools.count(1)


def _fresh_key(key: str) -> str:
    return f"{key}-{next(_SUBMITS)}"


DOUBLE_SUBMIT_TWO_CASES = Defect(
    "double-submit-two-cases", "form",
    "Submitting the same confirmation twice makes two cases.",
    rules={"submission_key": _fresh_key})

DEFECTS = (PREVIOUS_LOSES_VALUES, DRAFT_LOSES_CYCLE, AGREEMENT_GATE_SKIPPABLE,
           DOUBLE_SUBMIT_TWO_CASES)
