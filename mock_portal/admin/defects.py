"""GET /__admin/defects: the catalogue of seeded defects, each with whether this portal has it on."""

from __future__ import annotations

from flask import current_app, jsonify

from .. import defects
from . import bp


@bp.get("/defects")
def get_defects():
    """`[{"name", "area", "description", "on"}]`, in catalogue order."""
    return jsonify(defects.listing(current_app.config["SETTINGS"].defects))
