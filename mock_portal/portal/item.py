"""北京市政务服务网 item pages: 办事指南 and the district/office chooser of 在线办理 (第2–3步)."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from .. import conditions, in_request, web
from ..domain import limits, notice, places
from ..domain.case_numbers import ITEM_NAME

bp = Blueprint("item", __name__, url_prefix="/item")


def limits_today() -> limits.YearLimits:
    """The limits in force on the mock clock's day, from the mock's limits table."""
    return web.rules().limits_on(in_request.now().date(),
                                 conditions.current().limits_table.table())


@bp.get("/guide")
def guide():
    office = None
    if request.args.get("office"):
        try:
            office = places.office(request.args["office"])
        except places.UnknownPlace:
            office = None
    return render_template("item/guide.html", item_name=ITEM_NAME, notice=notice,
                           limits=limits_today(), office=office,
                           districts=places.DISTRICTS)


@bp.get("/apply")
def offices():
    """在线办理: choose 区 and optionally 街道/乡镇, then an office row."""
    error = None
    district = street = None
    rows: tuple[places.Office, ...] = ()
    streets: tuple[places.Street, ...] = ()
    code = request.args.get("district", "")
    if code:
        try:
            district = places.district(code)
            streets = places.streets(district.code)
            street_code = request.args.get("street") or None
            if street_code:
                street = places.street(street_code)
                if street.district_code != district.code:
                    raise places.UnknownPlace("未找到该街道/乡镇")
            rows = places.offices(district.code, street.code if street else None)
        except places.UnknownPlace as exc:
            error = str(exc)
            if district is not None:
                street, rows = None, places.offices(district.code)
    status = 404 if error else 200
    return render_template("item/offices.html", item_name=ITEM_NAME, districts=places.DISTRICTS,
                           district=district, streets=streets, street=street, rows=rows,
                           error=error), status
