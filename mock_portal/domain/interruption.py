"""中断缴费: when not paying in full counts as interrupting (用户须知 rule 3, docs/domain.md §2.11)."""

from __future__ import annotations

from datetime import date

from .cycles import MONTHLY
from .ledger import Ledger, add_months, first_of

#: Monthly payers interrupt with this many consecutive months not paid in full.
MONTHS_IN_A_ROW = 3

#: What 用户空间 and the SMS say, in the rule's words (用户须知 rule 3).
MONTHLY_RULE = ("选择按月缴费的，连续三个月未能按规定时间足额缴纳养老保险费、失业保险费，"
                "视为个人自行中断缴费")
PERIOD_RULE = ("选择按季度、按半年或按年缴费的，未能在选择缴费时段的最后一个月足额缴纳养老、"
               "失业保险费的，视为个人自行中断缴费")
RESUMING = ("自行中断缴费后，个人要求恢复缴费的，应重新向原办理缴费业务的社会保险代理机构提出申请，"
            "养老保险费、失业保险费从申请之月起按月缴纳。")


def rule_for(cycle: str) -> str:
    return MONTHLY_RULE if cycle == MONTHLY else PERIOD_RULE


def interrupted_in(of: Ledger, today: date, since: date | None = None) -> date | None:
    """The month at whose end the person interrupted, judged on months ended before `today`
    (from `since` on, when given); None while they have not."""
    this_month = first_of(today)
    ended = [m for m in of.months
             if m.due_by < this_month and (since is None or m.month >= since)]
    # After 恢复缴费 every month is paid monthly.
    if of.declaration.cycle != MONTHLY and since is None:
        unpaid = [m.due_by for m in ended if m.owed > 0]
        return min(unpaid) if unpaid else None
    in_a_row = 0
    for m in ended:
        in_a_row = in_a_row + 1 if m.owed > 0 else 0
        if in_a_row == MONTHS_IN_A_ROW:
            return m.month
    return None


def judged_at(month: date) -> date:
    """The day an interruption is known: the first day after its month has ended."""
    return add_months(month, 1)
