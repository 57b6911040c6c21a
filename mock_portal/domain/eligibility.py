"""Who may declare, and which 缴费周期 they may choose (用户须知 rules 1–2, docs/domain.md §2 and §4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import retirement
from .cycles import CYCLES, MONTHLY

#: Why each non-normal status is stopped, and what to do next.
STOPPED = {
    "suspended": "您当前处于暂停缴费状态，不能办理本事项。请先办理恢复缴费后再申报。",
    "interrupted": "您已中断缴费，不能办理本事项。请先办理恢复缴费，恢复后养老保险费、失业保险费从申请之月起按月缴纳。",
    "employed": "您当前在单位参保，不能以灵活就业人员身份办理本事项。",
    "not_insured": "您尚未在本市以灵活就业人员身份参保，请先办理灵活就业人员参保登记。",
    "retired": "您已办理退休，不能办理本事项。",
}
PAST_RETIREMENT = "您已达到法定退休年龄（{age}），不能办理本事项。"
MONTHLY_ONLY = "您距法定退休年龄不足12个月，缴费周期应为按月缴费。"


@dataclass(frozen=True)
class Eligibility:
    """Whether a person may declare today, why not, and which cycles are open to them."""

    allowed: bool
    reason: str | None
    cycles: tuple[str, ...]
    cycle_note: str | None
    retirement: retirement.Retirement


def assess(status: str, id_number: str, track: str, today: date) -> Eligibility:
    ret = retirement.retirement_of(id_number, track)
    left = retirement.months_until(ret, today)
    reason = STOPPED.get(status)
    if reason is None and left <= 0:
        reason = PAST_RETIREMENT.format(age=ret.age_text)
    if left < 12:
        return Eligibility(reason is None, reason, (MONTHLY,), MONTHLY_ONLY, ret)
    return Eligibility(reason is None, reason, CYCLES, None, ret)
