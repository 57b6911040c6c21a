"""用户空间: 我的空间 → 办件进度 → 我的办件 → 查看详情 (第10步)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template

from .. import clock
from ..domain import case_status
from ..services import cases
from ..store import get_store
from .security import current_person, login_required

bp = Blueprint("space", __name__, url_prefix="/space")


def _my_cases() -> list[dict]:
    store = get_store()
    cases.advance_due(store, current_app.config["SETTINGS"], clock.now())
    return store.portal.cases_of(current_person()["id"])


@bp.get("/")
@login_required
def index():
    """我的空间: the person's overview, with the way to 办件进度."""
    mine = _my_cases()
    done = sum(1 for c in mine if c["status"] == case_status.COMPLETED)
    return render_template("space/index.html", person=current_person(), total=len(mine),
                           done=done)


@bp.get("/progress")
@login_required
def progress():
    """办件进度: counts by status and the way to 我的办件."""
    mine = _my_cases()
    counts = {status: sum(1 for c in mine if c["status"] == status)
              for status in (case_status.SUBMITTED, case_status.ACCEPTED, case_status.COMPLETED,
                             case_status.WITHDRAWN)}
    return render_template("space/progress.html", counts=counts, total=len(mine))


@bp.get("/progress/cases")
@login_required
def my_cases():
    """我的办件: the person's cases, newest first."""
    store = get_store()
    return render_template("space/cases.html",
                           cases=[cases.describe(store, c) for c in _my_cases()])


@bp.get("/progress/cases/<number>")
@login_required
def case_detail(number: str):
    """办件详情: every value, the applied base, the status and its history."""
    _my_cases()
    store = get_store()
    case = store.portal.case(number)
    if case is None or case["person_id"] != current_person()["id"]:
        abort(404, description="未找到该办件。")
    return render_template("space/detail.html", case=cases.describe(store, case),
                           evaluation=store.portal.evaluation(case["id"]))
