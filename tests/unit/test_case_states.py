"""The state table of cases: every (from, to) pair, allowed or refused with its reason."""

from __future__ import annotations

import pytest

from mock_portal.domain.case_status import move_refusal, outcome_problem, stands, withdrawal_refusal

STATES = ["暂存", "已提交", "已受理", "办理中", "已办结", "不予受理", "已撤回"]

#: The allowed moves, written out (docs/domain.md §7.1).
ALLOWED = {
    ("暂存", "已提交"),
    ("已提交", "已受理"), ("已提交", "不予受理"), ("已提交", "已撤回"),
    ("已受理", "办理中"), ("已受理", "已办结"), ("已受理", "已撤回"),
    ("办理中", "已办结"), ("办理中", "已撤回"),
}
TERMINAL = {"已办结", "不予受理", "已撤回"}


def _expected_refusal(current: str, to: str) -> str | None:
    if (current, to) in ALLOWED:
        return None
    if current in TERMINAL:
        return f"该办件{current}，状态不能再变更。"
    return f"办件状态为{current}，不能变更为{to}。"


@pytest.mark.parametrize("current", STATES)
@pytest.mark.parametrize("to", STATES)
def test_every_pair_of_states_is_allowed_or_refused_with_its_reason(current, to):
    refusal = move_refusal(current, to)

    assert refusal == _expected_refusal(current, to)


def test_a_state_that_does_not_exist_is_refused_by_name():
    refusal = move_refusal("已提交", "已退回")

    assert refusal == "办件状态“已退回”不存在。"


@pytest.mark.parametrize(("current", "refusal"), [
    ("已提交", None),
    ("已受理", "该办件已受理，不能撤回。如需变更，请重新申报。"),
    ("办理中", "该办件办理中，不能撤回。如需变更，请重新申报。"),
    ("已办结", "该办件已办结，不能撤回。"),
    ("不予受理", "该办件不予受理，不能撤回。"),
    ("已撤回", "该办件已撤回，不能撤回。"),
])
def test_the_applicant_may_withdraw_only_while_submitted(current, refusal):
    assert withdrawal_refusal(current) == refusal


@pytest.mark.parametrize(("to", "result", "reason", "problem"), [
    ("已受理", None, None, None),
    ("办理中", None, None, None),
    ("已撤回", None, None, None),
    ("已办结", "通过", None, None),
    ("已办结", "不予通过", "缴费工资证明材料不全", None),
    ("不予受理", None, "不属于本市灵活就业人员", None),
    ("已办结", None, None, ("result", "result: required with 已办结, one of 通过, 不予通过")),
    ("已办结", "驳回", None, ("result", "result: required with 已办结, one of 通过, 不予通过")),
    ("已办结", "不予通过", None, ("reason", "reason: required with 不予通过")),
    ("已办结", "不予通过", "  ", ("reason", "reason: required with 不予通过")),
    ("不予受理", None, None, ("reason", "reason: required with 不予受理")),
    ("已受理", "通过", None, ("result", "result: only with 已办结")),
    ("已办结", "通过", "很好", ("reason", "reason: only with 不予通过 or 不予受理")),
    ("已受理", None, "太早", ("reason", "reason: only with 不予通过 or 不予受理")),
])
def test_result_and_reason_must_fit_the_state(to, result, reason, problem):
    assert outcome_problem(to, result, reason) == problem


@pytest.mark.parametrize(("status", "result", "fixes_the_year"), [
    ("已办结", "通过", True),
    ("已办结", "不予通过", False),
    ("不予受理", None, False),
    ("已撤回", None, False),
    ("已提交", None, False),
    ("已受理", None, False),
    ("办理中", None, False),
])
def test_only_a_case_completed_with_approval_fixes_the_year(status, result, fixes_the_year):
    assert stands({"status": status, "result": result}) is fixes_the_year
