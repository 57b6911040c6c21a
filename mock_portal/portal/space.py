"""用户空间: 我的空间 → 办件进度 → 我的办件 → 查看详情 (第10步)."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for

from .. import in_request, web
from ..domain import case_listing, case_status
from ..domain.case_numbers import ITEM_NAME, RESUMPTION_NAME
from ..services import cases, messages, payments
from ..store import get_store
from .declaration import own_draft
from .security import current_person, login_required

bp = Blueprint("space", __name__, url_prefix="/space")


def _my_cases() -> list[dict]:
    if web.rules().advance_in_space:
        in_request.advance_due()
    return get_store().portal.cases_of(current_person()["id"])


#: How many of the newest cases 我的空间 shows.
LATEST = 5


def _counts(rows: list[dict]) -> dict[str, int]:
    """How many of 我的办件's rows are in each state (暂存 the draft)."""
    return {status: sum(1 for row in rows if row["status"] == status)
            for status in case_status.STATES}


@bp.get("/")
@login_required
def index():
    """我的空间: the person, counts by state, the newest cases, each with 查看详情, and the
    newest messages with how many are unread."""
    rows = _my_rows()
    latest = [row for row in rows if row["number"] is not None][:LATEST]
    inbox = messages.inbox(get_store(), web.rules(), current_person())
    return render_template("space/index.html", person=current_person(), total=len(rows),
                           counts=_counts(rows), latest=latest, messages=inbox[:LATEST],
                           unread=web.rules().unread_count(inbox))


@bp.get("/progress")
@login_required
def progress():
    """办件进度: counts by state and the way to 我的办件."""
    rows = _my_rows()
    return render_template("space/progress.html", counts=_counts(rows), total=len(rows))


def _my_rows() -> list[dict]:
    """我的办件's rows, newest first: the cases and the draft (暂存, no number)."""
    store = get_store()
    rows = [{**c, "item_name": ITEM_NAME, "at": c["submitted_at"], "outcome": cases.outcome(c)}
            for c in _my_cases()]
    # 恢复缴费 is a 办件 of its own, kept as a payment event, not a case: it never counts as
    # the year's declaration (docs/domain.md §2.12).
    rows += [{"number": e["number"], "status": case_status.COMPLETED, "item_name": RESUMPTION_NAME,
              "at": e["at"], "outcome": case_status.APPROVED}
             for e in payments.resumptions(store, current_person())]
    draft = store.portal.draft(current_person()["id"])
    if draft is not None:
        rows.append({**draft, "number": None, "status": case_status.DRAFT,
                     "item_name": ITEM_NAME, "at": draft["saved_at"], "outcome": ""})
    return sorted(rows, key=lambda row: datetime.fromisoformat(row["at"]), reverse=True)


@bp.get("/progress/cases")
@login_required
def my_cases():
    """我的办件: the person's cases and draft, newest first, searched, filtered and paged."""
    query = case_listing.read_query(request.args)
    mine = _my_rows()
    found = [row for row in mine if case_listing.matches(query, row["number"], row["status"])]
    page = case_listing.page_of(found, query.page)
    errors = [*query.errors, *([page.error] if page.error else [])]
    return render_template("space/cases.html", query=query, page=page, any_cases=bool(mine),
                           rows=page.rows, statuses=case_status.STATES, errors=errors), \
        400 if errors else 200


@bp.get("/progress/drafts/<int:draft_id>/delete")
@login_required
def confirm_draft_deletion(draft_id: int):
    """【删除】 on a 暂存 row: asks the person to confirm."""
    return render_template("space/delete_draft.html", draft=own_draft(draft_id),
                           item_name=ITEM_NAME)


@bp.post("/progress/drafts/<int:draft_id>/delete")
@login_required
def delete_draft(draft_id: int):
    """【确定删除】: the draft is gone; back to 我的办件."""
    get_store().portal.drop_draft(own_draft(draft_id)["person_id"])
    return redirect(url_for("space.my_cases"))


def _my_case(number: str) -> dict:
    """One of the person's cases, moved along; someone else's is never shown (404)."""
    _my_cases()
    case = get_store().portal.case(number)
    if case is None or not web.rules().owns(current_person(), case):
        abort(404, description="未找到该办件。")
    return case


def _detail(case: dict, error: str | None = None, status: int = 200):
    store = get_store()
    return render_template("space/detail.html", case=cases.describe(store, web.rules(), case),
                           evaluation=store.portal.evaluation(case["id"]),
                           withdrawable=case_status.withdrawal_refusal(case["status"]) is None,
                           error=error), status


@bp.get("/progress/cases/<number>")
@login_required
def case_detail(number: str):
    """办件详情: every value, the applied base, the status, result and reason, and the history;
    for a 恢复缴费 办件, the month paying is monthly from."""
    store = get_store()
    resumption = payments.resumption(store, current_person(), number)
    if resumption is not None:
        return render_template("space/resumption_detail.html",
                               case=payments.describe_resumption(store, resumption))
    return _detail(_my_case(number))


@bp.get("/progress/cases/<number>/withdraw")
@login_required
def confirm_withdrawal(number: str):
    """【撤回】 on 查看详情: asks the person to confirm (or says why it cannot be withdrawn)."""
    case = _my_case(number)
    if refusal := case_status.withdrawal_refusal(case["status"]):
        return _detail(case, refusal, 409)
    return render_template("space/withdraw.html", case=cases.describe(get_store(), web.rules(),
                                                                      case))


@bp.post("/progress/cases/<number>/withdraw")
@login_required
def withdraw(number: str):
    """【确定撤回】: the case no longer stands; refused in Chinese unless it is 已提交."""
    _my_case(number)
    store = get_store()
    try:
        cases.withdraw(store, current_app.config["SETTINGS"], web.rules(), current_person(), number,
                       in_request.now(), in_request.gateway())
    except cases.MoveRefused as exc:
        return _detail(store.portal.case(number), str(exc), 409)
    return redirect(url_for("space.case_detail", number=number))
