"""GET / DELETE /__admin/journal: the requests each origin saw (control calls left out)."""

from __future__ import annotations

from flask import current_app, jsonify, request

from . import _problem, bp


def _journal():
    return current_app.extensions["traffic"].journal


@bp.get("/journal")
def get_journal():
    """Oldest first, `[{"at", "origin", "method", "path", "status", "ms", "fault"}]`, filtered
    by `path` (a prefix), `method` and `origin` when given; `last=N`: only the newest N."""
    last = request.args.get("last", "")
    if last and not (last.isascii() and last.isdigit() and 1 <= int(last) <= 10_000):
        return _problem("last: a whole number from 1 to 10000", "last")
    entries = _journal().entries(path=request.args.get("path") or None,
                                 method=request.args.get("method") or None,
                                 origin=request.args.get("origin") or None)
    return jsonify(entries[-int(last):] if last else entries)


@bp.delete("/journal")
def clear_journal():
    _journal().clear()
    return jsonify([])
