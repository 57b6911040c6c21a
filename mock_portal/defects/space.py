"""Seeded defects of 用户空间's cases: 我的办件, 查看详情, 办理过程 (area `space`)."""

from __future__ import annotations

from .defect import Defect


def _everyones(person: dict, record: dict) -> bool:
    return True


ANOTHER_PERSONS_CASE_VISIBLE = Defect(
    "another-persons-case-visible", "space",
    "查看详情 shows a case of another person to whoever has its number.",
    rules={"owns": _everyones})


def _latest_only(events: list[dict]) -> list[dict]:
    return events[-1:]


HISTORY_LATEST_ONLY = Defect(
    "history-latest-only", "space",
    "办理过程 shows only the latest change of a case.",
    rules={"history": _latest_only})

STATUS_NOT_ADVANCED = Defect(
    "status-not-advanced", "space",
    "我的办件 shows cases as the clock left them at the last submission, not as now.",
    rules={"advance_in_space": False})

DEFECTS = (ANOTHER_PERSONS_CASE_VISIBLE, HISTORY_LATEST_ONLY, STATUS_NOT_ADVANCED)
