"""缴费记录 in 用户空间: each month of the person's ledger with base, due, paid, state and what is
still owed (docs/domain.md §2.10), 恢复缴费 after an interruption (§2.12) and 暂停缴费 (§2.13)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, url_for

from .. import in_request, web
from ..domain import case_numbers, ledger
from ..services import payments
from ..store import get_store
from .security import current_person, login_required

bp = Blueprint("payments", __name__, url_prefix="/space/payments")


def payment_notice() -> dict | None:
    """What 用户空间 says of the person's paying: 中断缴费 in the rule's words, or nothing."""
    person = current_person()
    if person is None:
        return None
    return payments.interruption_notice(get_store(), in_request.settle(person))


@bp.app_context_processor
def _payment_notice():
    # Any 用户空间 template may call it (space/payment_notice.html); computed only when called.
    return {"payment_notice": payment_notice}


@bp.get("/")
@login_required
def index():
    """缴费记录: the months of the person's ledger, or 暂无缴费记录 before a declaration is 通过."""
    person = in_request.settle(current_person())
    return render_template("space/payments.html", ledger=in_request.ledger_of(person),
                           month_text=ledger.month_text, money=payments.money, person=person,
                           suspended_from=payments.suspension_of(get_store(), person))


def _this_month() -> str:
    """This month on the mock clock, in words (2026年7月)."""
    return payments.month_words(ledger.first_of(in_request.now().date()))


def _suspension_page(error: str | None, status: int = 200):
    return render_template("space/suspend.html", error=error, month=_this_month()), status


@bp.get("/suspend")
@login_required
def confirm_suspension():
    """申请暂停缴费: from this month, what was paid is refunded; 【提交申请】."""
    person = in_request.settle(current_person())
    refusal = payments.suspension_refusal(get_store(), current_app.config["SETTINGS"],
                                          web.rules(), person, in_request.now(),
                                          in_request.gateway())
    return _suspension_page(refusal, 400 if refusal else 200)


@bp.post("/suspend")
@login_required
def suspend():
    """【提交申请】: suspended from this month; back to 缴费记录 with the refunds listed."""
    try:
        payments.suspend(get_store(), current_app.config["SETTINGS"], web.rules(),
                         current_person(), in_request.now(), in_request.gateway())
    except payments.SuspensionRefused as exc:
        return _suspension_page(str(exc), 400)
    return redirect(url_for("payments.index"))


@bp.get("/resume")
@login_required
def confirm_resumption():
    """申请恢复缴费: what it means, the month it starts from, and 【提交申请】."""
    person = in_request.settle(current_person())
    error = None if person["status"] == "interrupted" else payments.NOT_INTERRUPTED
    return render_template("space/resume.html", error=error, month=_this_month(),
                           name=case_numbers.RESUMPTION_NAME), 400 if error else 200


@bp.post("/resume")
@login_required
def resume():
    """【提交申请】: the 恢复缴费 办件 is numbered and done; its page. Refused unless interrupted."""
    try:
        number = payments.resume(get_store(), current_app.config["SETTINGS"], web.rules(),
                                 current_person(), in_request.now(), in_request.gateway())
    except payments.ResumeRefused as exc:
        return render_template("space/resume.html", error=str(exc), month=_this_month(),
                               name=case_numbers.RESUMPTION_NAME), 400
    return redirect(url_for("payments.resumed", number=number))


@bp.get("/resume/<number>")
@login_required
def resumed(number: str):
    """恢复缴费's result: its 办件单号 and the month paying starts again; someone else's is 404."""
    found = payments.resumption(get_store(), current_person(), number)
    if found is None:
        abort(404, description="未找到该办件。")
    return render_template("space/resumed.html", number=number,
                           month=payments.month_words(ledger.parse_month(found["month"])),
                           name=case_numbers.RESUMPTION_NAME)
