"""Case outcomes (docs/domain.md §7): the control API's case lifecycle, the applicant's 撤回,
the results and reasons on 查看详情 and in the SMS, and declaring again after a refusal."""

from __future__ import annotations

import dataclasses

import pytest

from support.expected import GUIDE_DAY as JUNE_11
from support.expected import ITEM
from support.html import alert_of, table_rows, text_by_testid, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.space, pytest.mark.sms]

SIGNED = "【北京市政务服务网】"
REJECTION = "缴费工资证明材料不全"
REFUSAL = "申请人不属于本市灵活就业人员"


@pytest.fixture
def number(user, clock) -> str:
    """The persona's case, 已提交 on 2022-06-11 09:30 (the clock frozen there)."""
    clock.freeze(JUNE_11)
    return user.declare("8000")


def transition(admin, number: str, **body):
    """The raw answer to POST /__admin/cases/<number>/transition (refusals included)."""
    return admin.call("POST", f"/cases/{number}/transition", json=body)


def one_case(admin, number: str):
    """The raw answer to GET /__admin/cases/<number>."""
    return admin.call("GET", f"/cases/{number}")


def process(admin):
    """The raw answer to POST /__admin/process."""
    return admin.call("POST", "/process")


def event(status: str, at: str, result=None, reason=None, why=None) -> dict:
    return {"status": status, "at": at, "result": result, "reason": reason, "why": why}


# POST /__admin/cases/<number>/transition ----------------------------------------------------


def test_transition_to_not_accepted_keeps_the_reason_in_the_case_and_its_history(admin, number,
                                                                                 clock):
    clock.freeze("2022-06-11T09:32:00+08:00")

    response = transition(admin, number, to="不予受理", reason=REFUSAL)

    assert response.status_code == 200
    case = response.json()
    assert (case["number"], case["status"], case["result"], case["reason"]) == (
        number, "不予受理", None, REFUSAL)
    assert case["history"] == [event("已提交", JUNE_11),
                               event("不予受理", "2022-06-11T09:32:00+08:00", reason=REFUSAL)]


def test_transition_through_every_step_to_rejected(admin, number, clock):
    clock.freeze("2022-06-11T09:31:00+08:00")
    transition(admin, number, to="已受理")
    transition(admin, number, to="办理中")
    clock.freeze("2022-06-11T09:40:00+08:00")

    response = transition(admin, number, to="已办结", result="不予通过", reason=REJECTION)

    assert response.status_code == 200
    assert response.json()["history"] == [
        event("已提交", JUNE_11),
        event("已受理", "2022-06-11T09:31:00+08:00"),
        event("办理中", "2022-06-11T09:31:00+08:00"),
        event("已办结", "2022-06-11T09:40:00+08:00", result="不予通过", reason=REJECTION),
    ]


@pytest.mark.parametrize(("to", "result", "reason", "text"), [
    ("不予受理", None, REFUSAL, f"不予受理，原因：{REFUSAL}。请登录“我的空间”查看详情。"),
    ("已撤回", None, None, "已撤回，该办件不再办理。"),
], ids=["not-accepted", "withdrawn"])
def test_a_move_the_person_should_hear_of_sends_an_sms_with_the_number_and_reason(
        admin, persona, number, to, result, reason, text):
    transition(admin, number, to=to, result=result, reason=reason)

    messages = admin.sms(persona.phone)

    assert [m["text"] for m in messages][1:] == [
        f"{SIGNED}您申请的“{ITEM}”（办件单号：{number}）{text}"]


def test_a_rejection_sends_an_sms_with_the_result_and_reason(admin, persona, number):
    transition(admin, number, to="已受理")
    transition(admin, number, to="已办结", result="不予通过", reason=REJECTION + "。")

    messages = admin.sms(persona.phone)

    assert [m["text"] for m in messages][1:] == [
        f"{SIGNED}您申请的“{ITEM}”（办件单号：{number}）已办结，办理结果：不予通过，"
        f"原因：{REJECTION}。请登录“我的空间”查看详情。"]


def test_acceptance_and_processing_send_no_sms(admin, persona, number):
    transition(admin, number, to="已受理")
    transition(admin, number, to="办理中")

    messages = admin.sms(persona.phone)

    assert len(messages) == 1


@pytest.mark.parametrize(("moves", "to", "error"), [
    ([], "已办结", "办件状态为已提交，不能变更为已办结。"),
    ([], "办理中", "办件状态为已提交，不能变更为办理中。"),
    ([{"to": "已受理"}], "已提交", "办件状态为已受理，不能变更为已提交。"),
    ([{"to": "已受理"}], "已撤回", "该办件已受理，不能撤回。如需变更，请重新申报。"),
    ([{"to": "不予受理", "reason": REFUSAL}], "已受理", "该办件不予受理，状态不能再变更。"),
    ([{"to": "已撤回"}], "已受理", "该办件已撤回，状态不能再变更。"),
    ([], "已退回", "办件状态“已退回”不存在。"),
], ids=["submitted-to-completed", "submitted-to-in-progress", "back-to-submitted",
        "withdraw-accepted", "after-not-accepted", "after-withdrawn", "unknown-state"])
def test_an_illegal_move_answers_409_with_the_reason_and_changes_nothing(admin, number, moves,
                                                                         to, error):
    for move in moves:
        assert transition(admin, number, **move).status_code == 200
    before = one_case(admin, number).json()

    response = transition(admin, number, to=to, result="通过" if to == "已办结" else None)

    assert (response.status_code, response.json()) == (409, {"error": error, "field": "to"})
    assert one_case(admin, number).json() == before


@pytest.mark.parametrize(("body", "field", "error"), [
    ({"to": "已办结"}, "result", "result: required with 已办结, one of 通过, 不予通过"),
    ({"to": "已办结", "result": "驳回"}, "result",
     "result: required with 已办结, one of 通过, 不予通过"),
    ({"to": "已办结", "result": "不予通过"}, "reason", "reason: required with 不予通过"),
    ({"to": "已办结", "result": "通过", "reason": "好"}, "reason",
     "reason: only with 不予通过 or 不予受理"),
    ({"to": "办理中", "result": "通过"}, "result", "result: only with 已办结"),
    ({"to": "办理中", "reason": 3}, "reason", "reason: must be a string"),
    ({}, "to", "to: required, the state to move the case to"),
], ids=["no-result", "unknown-result", "no-reason", "reason-with-approval",
        "result-too-early", "reason-not-text", "no-to"])
def test_a_missing_or_misplaced_result_or_reason_answers_400_naming_the_field(admin, number,
                                                                               body, field,
                                                                               error):
    transition(admin, number, to="已受理")

    response = transition(admin, number, **body)

    assert (response.status_code, response.json()) == (400, {"error": error, "field": field})
    assert one_case(admin, number).json()["status"] == "已受理"


def test_not_accepted_without_a_reason_answers_400(admin, number):
    response = transition(admin, number, to="不予受理", reason="  ")

    assert (response.status_code, response.json()) == (
        400, {"error": "reason: required with 不予受理", "field": "reason"})


def test_a_body_that_is_not_a_json_object_answers_400(admin, number):
    response = admin.call("POST", f"/cases/{number}/transition", content="to=已受理")

    assert (response.status_code, response.json()) == (
        400, {"error": "body must be a JSON object"})


def test_transition_of_an_unknown_case_answers_404(admin):
    response = transition(admin, "111101086949863441300201400300202202206119999", to="已受理")

    assert (response.status_code, response.json()) == (404, {
        "error": "number: no case 111101086949863441300201400300202202206119999",
        "field": "number"})


# GET /__admin/cases/<number>, POST /__admin/process ------------------------------------------


def test_one_case_is_read_with_its_values_and_history(admin, persona, number):
    response = one_case(admin, number)

    assert response.status_code == 200
    case = response.json()
    assert (case["number"], case["status"], case["wage_typed"], case["cycle"]) == (
        number, "已提交", "8000", "按月缴费")
    assert case["history"] == [event("已提交", JUNE_11)]


def test_reading_an_unknown_case_answers_404(admin):
    response = one_case(admin, "nope")

    assert (response.status_code, response.json()) == (
        404, {"error": "number: no case nope", "field": "number"})


def test_process_applies_what_is_due_on_the_mock_clock_once(admin, number, clock):
    clock.freeze("2022-06-11T09:36:00+08:00")

    first = process(admin).json()
    second = process(admin).json()

    assert (first, second) == ({"moved": [number], "interrupted": []},
                               {"moved": [], "interrupted": []})
    assert one_case(admin, number).json()["history"] == [
        event("已提交", JUNE_11), event("已受理", "2022-06-11T09:35:00+08:00")]


def test_by_default_the_clock_completes_the_case_the_same_day_approved(admin, persona, number,
                                                                       clock):
    clock.freeze("2022-06-11T18:00:00+08:00")

    process(admin)

    case = one_case(admin, number).json()
    assert (case["status"], case["result"], case["reason"]) == ("已办结", "通过", None)
    assert admin.sms(persona.phone)[-1]["text"] == (
        f"{SIGNED}您申请的“{ITEM}”（办件单号：{number}）已办结，办理结果：通过。"
        "请登录“我的空间”查看详情。")


def test_the_default_result_setting_lets_the_clock_reject_with_the_default_reason(
        admin, portal_app, persona, number, clock, monkeypatch):
    monkeypatch.setitem(portal_app.config, "SETTINGS", dataclasses.replace(
        portal_app.config["SETTINGS"], default_result="不予通过"))
    clock.freeze("2022-06-11T18:00:00+08:00")

    process(admin)

    case = one_case(admin, number).json()
    assert (case["status"], case["result"], case["reason"]) == (
        "已办结", "不予通过", "经审核，申报信息不符合办理条件")


def test_a_case_moved_through_the_control_api_leaves_the_clocks_hands(admin, number, clock):
    transition(admin, number, to="已受理")
    clock.freeze("2022-06-11T18:00:00+08:00")

    moved = process(admin).json()

    assert moved == {"moved": [], "interrupted": []}
    assert one_case(admin, number).json()["status"] == "已受理"


# 撤回 on 查看详情 -------------------------------------------------------------------------------


def test_the_applicant_withdraws_their_submitted_case_after_confirming(user, admin, persona,
                                                                       number, clock):
    user.open(f"/space/progress/cases/{number}/withdraw")
    assert "确定要撤回该办件吗？撤回后该办件将不再办理，如需办理，请重新申报。" in text_of(user.page)
    clock.freeze("2022-06-11T09:31:00+08:00")

    page = user.post(f"/space/progress/cases/{number}/withdraw", {})

    assert user.path == f"/space/progress/cases/{number}"
    assert text_by_testid(page, "case-status") == "已撤回"
    assert "2022-06-11 09:31:00 已撤回 申请人撤回" in text_of(page)
    assert one_case(admin, number).json()["history"][-1] == event(
        "已撤回", "2022-06-11T09:31:00+08:00", why="申请人撤回")
    assert admin.sms(persona.phone)[-1]["text"] == (
        f"{SIGNED}您申请的“{ITEM}”（办件单号：{number}）已撤回，该办件不再办理。")


def test_the_detail_offers_withdraw_only_while_submitted(user, admin, number):
    offered = "撤回" in text_of(user.open(f"/space/progress/cases/{number}"))
    transition(admin, number, to="已受理")

    page = user.open(f"/space/progress/cases/{number}")

    assert (offered, "撤回" in text_of(page).replace("办理过程", "")) == (True, False)


def test_withdrawing_an_accepted_case_is_refused_in_chinese_and_changes_nothing(user, admin,
                                                                                number):
    user.open(f"/space/progress/cases/{number}/withdraw")
    transition(admin, number, to="已受理")

    page = user.post(f"/space/progress/cases/{number}/withdraw", {})

    assert page.status_code == 409
    assert alert_of(page) == "该办件已受理，不能撤回。如需变更，请重新申报。"
    assert text_by_testid(page, "case-status") == "已受理"
    assert one_case(admin, number).json()["status"] == "已受理"


def test_a_case_the_clock_accepted_meanwhile_cannot_be_withdrawn(user, admin, number, clock):
    user.open(f"/space/progress/cases/{number}/withdraw")
    clock.freeze("2022-06-11T09:36:00+08:00")

    page = user.post(f"/space/progress/cases/{number}/withdraw", {})

    assert (page.status_code, alert_of(page)) == (
        409, "该办件已受理，不能撤回。如需变更，请重新申报。")
    assert [e["status"] for e in one_case(admin, number).json()["history"]] == [
        "已提交", "已受理"]


def test_the_withdraw_page_of_a_case_no_longer_submitted_says_why(user, admin, number):
    transition(admin, number, to="不予受理", reason=REFUSAL)

    page = user.open(f"/space/progress/cases/{number}/withdraw")

    assert (page.status_code, alert_of(page)) == (409, "该办件不予受理，不能撤回。")


@pytest.mark.parametrize("method", ["get", "post"])
def test_someone_elses_case_cannot_be_withdrawn_nor_seen(make_user, admin, number, method):
    other, _ = make_user()
    other.log_in_from_portal()
    path = f"/space/progress/cases/{number}/withdraw"

    response = other.open(path) if method == "get" else other.post(path, {})

    assert response.status_code == 404
    assert "未找到该办件。" in text_of(response)
    assert one_case(admin, number).json()["status"] == "已提交"


# 查看详情: result, reason and why ---------------------------------------------------------------


def test_the_detail_shows_a_rejection_with_its_result_reason_and_timeline(user, admin, number,
                                                                           clock):
    clock.freeze("2022-06-11T09:31:00+08:00")
    transition(admin, number, to="已受理")
    transition(admin, number, to="已办结", result="不予通过", reason=REJECTION)

    page = user.open(f"/space/progress/cases/{number}")

    assert text_by_testid(page, "case-status") == "已办结"
    assert f"办理结果 不予通过 不予通过原因 {REJECTION}" in text_of(page)
    assert (f"2022-06-11 09:31:00 已办结 不予通过：{REJECTION}") in text_of(page)


def test_the_detail_shows_not_accepted_with_its_reason(user, admin, number):
    transition(admin, number, to="不予受理", reason=REFUSAL)

    page = user.open(f"/space/progress/cases/{number}")

    assert f"办件状态 不予受理 不予受理原因 {REFUSAL}" in text_of(page)


@pytest.mark.parametrize(("moves", "listed"), [
    ([{"to": "不予受理", "reason": REFUSAL}], ("不予受理", REFUSAL)),
    ([{"to": "已受理"}, {"to": "已办结", "result": "不予通过", "reason": REJECTION}],
     ("已办结", f"不予通过：{REJECTION}")),
    ([{"to": "已受理"}, {"to": "已办结", "result": "通过"}], ("已办结", "通过")),
    ([{"to": "已受理"}], ("已受理", "")),
], ids=["not-accepted", "rejected", "approved", "open"])
def test_my_cases_lists_each_case_with_its_result_and_reason(user, admin, number, moves, listed):
    for move in moves:
        transition(admin, number, **move)

    page = user.open("/space/progress/cases")

    assert table_rows(page, "我的办件") == [
        ["办件单号", "申请事项", "申请时间", "办件状态", "办理结果", "操作"],
        [number, ITEM, "2022-06-11 09:30", *listed, "查看详情"]]


def test_a_replaced_case_says_why_it_was_withdrawn(user, admin, number):
    second = user.declare("9000")

    page = user.open(f"/space/progress/cases/{number}")

    assert second != number
    assert "2022-06-11 09:30:00 已撤回 已被同一缴费年度的新申报替代" in text_of(page)


def test_a_case_in_progress_is_replaced_by_a_newer_declaration_too(user, admin, number):
    transition(admin, number, to="已受理")
    transition(admin, number, to="办理中")

    user.declare("9000")

    assert one_case(admin, number).json()["history"][-1] == event(
        "已撤回", JUNE_11, why="已被同一缴费年度的新申报替代")


def test_progress_counts_the_new_states(user, admin, number):
    transition(admin, number, to="不予受理", reason=REFUSAL)

    page = user.open("/space/progress")

    assert "全部 暂存 已提交 已受理 办理中 已办结 不予受理 已撤回 1 0 0 0 0 0 1 0" in text_of(page)


# one declaration per year: only 已办结 with 通过 closes it --------------------------------------


@pytest.mark.parametrize("outcome", [
    [{"to": "已受理"}, {"to": "已办结", "result": "不予通过", "reason": REJECTION}],
    [{"to": "不予受理", "reason": REFUSAL}],
], ids=["rejected", "not-accepted"])
def test_after_a_refusal_the_person_may_declare_again(user, admin, persona, number, outcome):
    for move in outcome:
        transition(admin, number, **move)

    second = user.declare("9000")

    statuses = {c["number"]: c["status"] for c in admin.cases(persona.id_number)}
    assert statuses == {number: outcome[-1]["to"], second: "已提交"}


def test_after_approval_the_year_stays_closed(user, admin, number):
    user.reach_confirmation("9000")
    transition(admin, number, to="已受理")
    transition(admin, number, to="已办结", result="通过")

    page = user.submit()

    assert page.status_code == 409
    assert alert_of(page) == ("您2021年7月至2022年6月缴费年度的申报已办结。"
                              "一个缴费年度内缴费基数和缴费周期不进行调整。")
