"""The declaration itself: office choice, 用户须知, 在线填表, 信息确认, 申请提交成功 (第4–8步)."""

from __future__ import annotations

import secrets
from decimal import Decimal

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from .. import conditions, in_request, web
from ..domain import constant_time, eligibility, notice, places, wages
from ..domain.case_numbers import ITEM_NAME
from ..domain.cycles import CYCLES, MONTHLY
from ..services import cases
from ..store import get_store
from .item import limits_today
from .security import current_person, login_required

bp = Blueprint("declaration", __name__, url_prefix="/declaration")

#: Longest wage text kept in a draft; longer input is refused anyway.
DRAFT_WAGE_LENGTH = 40
#: A comment with characters that are no writing (docs/decisions.md, hostile input).
UNREADABLE_COMMENT = "评价内容含有无法识别的字符（如控制字符或乱码），请删除后重新提交"


def _chosen_office() -> places.Office | None:
    try:
        return places.office(session.get("office_id", ""))
    except places.UnknownPlace:
        return None


def _eligibility(person: dict) -> eligibility.Eligibility:
    # 中断缴费 that fell due on the mock clock stops the person here (docs/domain.md §2.11).
    person = in_request.settle(person)
    return web.rules().assess(person["status"], person["id_number"], person["retirement_track"],
                              in_request.now().date())


def _render(template: str, **context):
    return render_template(f"declaration/{template}", item_name=ITEM_NAME, **context)


@bp.get("/start/<office_id>")
def start(office_id: str):
    """在线办理 on an office row: remember the office, then log in if needed (第4步)."""
    try:
        office = places.office(office_id)
    except places.UnknownPlace as exc:
        abort(404, description=str(exc))
    session["office_id"] = office.id
    for key in ("agreed", "pending", "typed"):
        session.pop(key, None)
    return redirect(url_for("declaration.notice_page"))


def own_draft(draft_id: int) -> dict:
    """The person's own draft; someone else's, or one gone, is never shown (404)."""
    draft = get_store().portal.draft_by_id(draft_id)
    if draft is None or draft["person_id"] != current_person()["id"]:
        abort(404, description="未找到该草稿。")
    return draft


@bp.get("/resume/<int:draft_id>")
@login_required
def resume(draft_id: int):
    """继续填写 a draft from 我的办件: its office, then 用户须知 as always, then its values."""
    draft = own_draft(draft_id)
    session["office_id"] = draft["office_id"]
    # Without values in the session, 在线填表 shows the draft's (_form_values).
    for key in ("agreed", "pending", "typed"):
        session.pop(key, None)
    return redirect(url_for("declaration.notice_page"))


@bp.route("/notice", methods=["GET", "POST"])
@login_required
def notice_page():
    """用户须知: 进入办事 only once the agreement is ticked (第5步)."""
    office = _chosen_office()
    if office is None:
        return redirect(url_for("item.offices"))
    error = None
    if request.method == "POST":
        assessed = _eligibility(current_person())
        if not web.rules().agreed(request.form):
            error = "请先阅读并勾选“本人已阅读并同意《北京市政务服务网申报须知》”"
        elif not assessed.allowed:
            error = assessed.reason
        elif refusal := cases.completed_in_year(get_store(), current_app.config["SETTINGS"],
                                                web.rules(), current_person(),
                                                in_request.now(), in_request.gateway()):
            error = refusal
        else:
            session["agreed"] = True
            return redirect(url_for("declaration.form"))
    return _render("notice.html", notice=notice, office=office, error=error), \
        400 if error else 200


def _form_values(person: dict) -> dict:
    """What the form shows: values coming back from 信息确认, else the draft, else defaults."""
    pending = session.get("pending")
    if pending:
        return {"wage": pending["wage_text"], "cycle": pending["cycle"]}
    if "typed" in session:
        return session["typed"]
    draft = get_store().portal.draft(person["id"])
    if draft:
        return {"wage": draft["wage"], "cycle": draft["cycle"], "saved_at": draft["saved_at"]}
    return {"wage": "", "cycle": MONTHLY}


def _standing_case(person: dict) -> dict | None:
    """The person's open case of this year, named on 在线填表 and 信息确认 so that nobody replaces
    it unawares (a 提交 whose answer was lost left one behind; docs/decisions.md)."""
    return cases.open_in_year(get_store(), current_app.config["SETTINGS"], web.rules(), person,
                              in_request.now(), in_request.gateway())


def _steps_guard():
    """Where to send a person who skipped a step, or None when they may go on."""
    if _chosen_office() is None:
        return redirect(url_for("item.offices"))
    if not session.get("agreed") or not _eligibility(current_person()).allowed:
        session.pop("agreed", None)
        return redirect(url_for("declaration.notice_page"))
    return None


@bp.route("/form", methods=["GET", "POST"])
@login_required
def form():
    """在线填表: 缴费工资 and 缴费周期, 保存草稿 / 上一步 / 下一步 (第6步)."""
    if (guard := _steps_guard()) is not None:
        return guard
    person = current_person()
    page = {"person": person, "limits": limits_today(), "cycles": CYCLES,
            "assessed": _eligibility(person), "standing": _standing_case(person)}
    if request.method == "GET":
        return _render("form.html", values=_form_values(person), **page)
    action = request.form.get("action", "next")
    wage_text = request.form.get("wage", "")
    cycle = request.form.get("cycle", MONTHLY)
    values = {"wage": wage_text[:DRAFT_WAGE_LENGTH], "cycle": cycle}
    if action == "previous":
        # Kept in the cookie session only, so 下一步 after going back shows them again.
        session["typed"] = web.rules().kept_on_previous(values)
        session.pop("pending", None)
        return redirect(url_for("declaration.notice_page"))
    errors = {}
    if cycle not in CYCLES:
        errors["cycle"] = "请选择缴费周期"
    elif cycle not in page["assessed"].cycles:
        errors["cycle"] = page["assessed"].cycle_note
    if action == "save_draft":
        if errors:
            values["cycle"] = MONTHLY
        kept = web.rules().kept_in_draft(values)
        get_store().portal.save_draft(person["id"], session["office_id"], kept["wage"],
                                      kept["cycle"], in_request.now())
        return _render("form.html", values=values, saved=True, **page)
    try:
        wage = wages.parse_wage(wage_text)
    except wages.InvalidWage as exc:
        errors["wage"] = str(exc)
    if errors:
        return _render("form.html", values=values, errors=errors, **page), 400
    session.pop("typed", None)
    session["pending"] = {
        "wage_text": wage_text.strip(),
        "wage": str(wage),
        "cycle": cycle,
        # One key per confirmation: a second 提交 of the same one finds the same case.
        "key": secrets.token_urlsafe(16),
    }
    return redirect(url_for("declaration.confirm"))


@bp.route("/confirm", methods=["GET", "POST"])
@login_required
def confirm():
    """信息确认: the values read-only, the applied base; 上一步 / 提交 (第7步)."""
    person = current_person()
    pending = session.get("pending")
    if request.method == "POST":
        key = request.form.get("submission_key", "")
        done = get_store().portal.case_by_submission(key) if key else None
        if done is not None and done["person_id"] == person["id"]:
            return redirect(url_for("declaration.success", number=done["number"]))
        if pending is None or not constant_time.equal(key, pending["key"]):
            return redirect(url_for("declaration.form"))
        if request.form.get("action") == "previous":
            return redirect(url_for("declaration.form"))
        if (guard := _steps_guard()) is not None:
            return guard
        try:
            case = cases.submit(get_store(), current_app.config["SETTINGS"], web.rules(), person,
                                session["office_id"], Decimal(pending["wage"]),
                                pending["cycle"], web.rules().submission_key(pending["key"]),
                                in_request.now(), in_request.gateway(),
                                conditions.current().limits_table.table())
        except cases.DeclarationRefused as exc:
            abort(409, description=str(exc))
        get_store().portal.drop_draft(person["id"])
        for key in ("agreed", "pending", "typed"):
            session.pop(key, None)
        return redirect(url_for("declaration.success", number=case["number"]))
    if pending is None:
        return redirect(url_for("declaration.form"))
    if (guard := _steps_guard()) is not None:
        return guard
    applied = web.rules().clamp(Decimal(pending["wage"]), limits_today())
    return _render("confirm.html", person=person, pending=pending, applied=applied,
                   standing=_standing_case(person))


def _own_case(number: str) -> dict:
    case = get_store().portal.case(number)
    if case is None or not web.rules().owns(current_person(), case):
        abort(404, description="未找到该办件。")
    return case


@bp.get("/success/<number>")
@login_required
def success(number: str):
    """申请提交成功, with the 办件单号 (第8步)."""
    case = _own_case(number)
    return _render("success.html", case=case, replaced=cases.replaced_by(get_store(), case))


#: The refusal of a second evaluation of one case (docs/domain.md §7.5).
EVALUATED_ONCE = "该办件已评价，每个办件只能评价一次。"


@bp.route("/evaluate/<number>", methods=["GET", "POST"])
@login_required
def evaluate(number: str):
    """立即评价: a satisfaction score and a comment, once per case; afterwards the page shows it."""
    case = _own_case(number)
    store = get_store()
    error, status = None, 200
    if request.method == "POST":
        score = request.form.get("score", "")
        comment = request.form.get("comment", "").strip()
        rules, existing = web.rules(), store.portal.evaluation(case["id"])
        # An evaluation the rules let stand is replaced; without one, a second 提交 that got in
        # first makes the save refuse.
        keep = (store.portal.save_evaluation if existing is None
                else store.portal.replace_evaluation)
        if rules.evaluated(existing):
            error, status = EVALUATED_ONCE, 409
        elif score not in {"1", "2", "3", "4", "5"}:
            error, status = "请选择满意度", 400
        elif len(comment) > 200:
            error, status = "评价内容不能超过200字", 400
        elif rules.unreadable(comment):
            error, status = UNREADABLE_COMMENT, 400
        elif not keep(case["id"], int(score), comment, in_request.now()):
            error, status = EVALUATED_ONCE, 409
    evaluation = store.portal.evaluation(case["id"])
    return _render("evaluate.html", case=case, evaluation=evaluation, error=error,
                   form=request.form), status
