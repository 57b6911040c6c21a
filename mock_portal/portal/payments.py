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


@bp.get("/")
@login_required
def index():
    """缴费记录: the months of the person's ledger, or 暂无缴费记录 before a declaration is 通过."""
    store = get_store()
    person = current_person()
    of = payments.ledger_of(store, current_app.config["SETTINGS"], person, clock.now())
    return render_template("space/payments.html", ledger=of, month_text=ledger.month_text,
                           money=payments.money)
