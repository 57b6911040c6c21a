"""缴费记录 in 用户空间: each month of the person's ledger with base, due, paid, state and what is
still owed (docs/domain.md §2.10)."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

from .. import clock
from ..domain import ledger
from ..services import payments
from ..store import get_store
from .security import current_person, login_required

bp = Blueprint("payments", __name__, url_prefix="/space/payments")


def payment_notice() -> dict | None:
    """What 用户空间 says of the person's paying: 中断缴费 in the rule's words, or nothing."""
    person = current_person()
    if person is None:
        return None
    store = get_store()
    person = payments.settle(store, current_app.config["SETTINGS"], person, clock.now())
    return payments.interruption_notice(store, person)


@bp.app_context_processor
def _payment_notice():
    # Any 用户空间 template may call it (space/payment_notice.html); computed only when called.
    return {"payment_notice": payment_notice}


@bp.get("/")
@login_required
def index():
    """缴费记录: the months of the person's ledger, or 暂无缴费记录 before a declaration is 通过."""
    store, settings = get_store(), current_app.config["SETTINGS"]
    person = payments.settle(store, settings, current_person(), clock.now())
    of = payments.ledger_of(store, settings, person, clock.now())
    return render_template("space/payments.html", ledger=of, month_text=ledger.month_text,
                           money=payments.money)
