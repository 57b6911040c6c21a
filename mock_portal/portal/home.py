"""首都之窗: the home page and its search (第1步)."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from ..domain.case_numbers import ITEM_NAME

bp = Blueprint("home", __name__)

#: Words a person might type to find the item; the full name always matches.
KEYWORDS = ("灵活就业", "缴费申报", "缴费基数", "社会保险缴费", "社保缴费")


def matches_item(query: str) -> bool:
    query = "".join(query.split())
    return bool(query) and (query in ITEM_NAME or any(k in query for k in KEYWORDS))


@bp.get("/")
def index():
    return render_template("home/index.html")


@bp.get("/search")
def search():
    query = request.args.get("q", "").strip()[:100]
    items = [ITEM_NAME] if matches_item(query) else []
    return render_template("home/search.html", query=query, items=items)
