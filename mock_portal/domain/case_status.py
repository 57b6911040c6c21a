"""办件状态: the states a case passes through, the one table of allowed moves, and results."""

from __future__ import annotations

DRAFT = "暂存"
SUBMITTED = "已提交"
ACCEPTED = "已受理"
IN_PROGRESS = "办理中"
COMPLETED = "已办结"
NOT_ACCEPTED = "不予受理"
WITHDRAWN = "已撤回"
STATES = (DRAFT, SUBMITTED, ACCEPTED, IN_PROGRESS, COMPLETED, NOT_ACCEPTED, WITHDRAWN)

#: Cases that still await the agency's decision; a newer declaration of the year replaces them.
OPEN = (SUBMITTED, ACCEPTED, IN_PROGRESS)

#: The one table of allowed moves (docs/domain.md §7.1): from a state, the states it may go to.
MOVES: dict[str, tuple[str, ...]] = {
    DRAFT: (SUBMITTED,),
    SUBMITTED: (ACCEPTED, NOT_ACCEPTED, WITHDRAWN),
    ACCEPTED: (IN_PROGRESS, COMPLETED, WITHDRAWN),
    IN_PROGRESS: (COMPLETED, WITHDRAWN),
    COMPLETED: (),
    NOT_ACCEPTED: (),
    WITHDRAWN: (),
}

#: The applicant may 撤回 only before the agency has accepted the case.
WITHDRAWABLE = (SUBMITTED,)

#: 已办结's results (办理结果).
APPROVED = "通过"
REJECTED = "不予通过"
RESULTS = (APPROVED, REJECTED)

#: Why a case is 已撤回 (its history says which).
WITHDRAWN_BY_APPLICANT = "申请人撤回"
REPLACED = "已被同一缴费年度的新申报替代"


def move_refusal(current: str, to: str) -> str | None:
    """The reason a case in `current` may not go to `to`, in the person's words; None if allowed."""
    if to not in STATES:
        return f"办件状态“{to}”不存在。"
    if to in MOVES[current]:
        return None
    if not MOVES[current]:
        return f"该办件{current}，状态不能再变更。"
    return f"办件状态为{current}，不能变更为{to}。"


def withdrawal_refusal(current: str) -> str | None:
    """Why the applicant may not 撤回 a case in `current`; None while it may be withdrawn."""
    if current in WITHDRAWABLE:
        return None
    if current in (ACCEPTED, IN_PROGRESS):
        return f"该办件{current}，不能撤回。如需变更，请重新申报。"
    return f"该办件{current}，不能撤回。"


def outcome_problem(to: str, result: str | None, reason: str | None) -> tuple[str, str] | None:
    """(field, message) when the result or reason does not fit the state moved to; else None."""
    if to == COMPLETED:
        if result not in RESULTS:
            return "result", f"result: required with {COMPLETED}, one of {', '.join(RESULTS)}"
    elif result is not None:
        return "result", f"result: only with {COMPLETED}"
    needs_reason = to == NOT_ACCEPTED or (to == COMPLETED and result == REJECTED)
    if needs_reason and not (reason or "").strip():
        return "reason", f"reason: required with {result if to == COMPLETED else to}"
    if not needs_reason and reason is not None:
        return "reason", f"reason: only with {REJECTED} or {NOT_ACCEPTED}"
    return None


def stands(case: dict) -> bool:
    """Whether a case fixes its year's base and cycle: only 已办结 with 通过 does."""
    return case["status"] == COMPLETED and case.get("result") == APPROVED


#: Person statuses at the social-insurance agency (persona attribute), with their labels.
PERSON_STATUSES = {
    "normal": "正常参保",
    "suspended": "暂停缴费",
    "interrupted": "中断缴费",
    "employed": "单位参保",
    "not_insured": "未参保",
    "retired": "已退休",
}

RETIREMENT_TRACKS = ("M60", "F55", "F50")
