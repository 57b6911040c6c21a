"""The identity origin: 北京市统一身份认证平台 (its own host name and port)."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from .. import conditions, csrf, defects, encoding, errors, favicon, store, traffic, web
from ..config import Settings
from . import login, oauth, password, register

#: What every page says while the platform is down (the control API's PUT /__admin/idp).
DOWN_MESSAGE = "北京市统一身份认证平台系统维护中，暂时无法访问，请稍后再试。"


def _refuse_while_down():
    """503 for every request but the static files (stylesheet, script, icon) while the
    platform is down."""
    if conditions.current().idp_up or request.endpoint in ("static", "favicon"):
        return None
    if request.path == "/healthz":
        return jsonify({"status": "down"}), 503
    if request.blueprint == "oauth":
        return jsonify({"error": "temporarily_unavailable",
                        "error_description": "the identity platform is down"}), 503
    return render_template("error.html", code=503, message=DOWN_MESSAGE), 503


def create_app(settings: Settings | None = None,
               traffic_in_front: traffic.Traffic | None = None,
               mock_conditions: conditions.Conditions | None = None) -> Flask:
    """The identity app; in test mode `traffic_in_front` (a new one if None) journals and
    faults its requests. Its clock, limits, availability and gateway are `mock_conditions`
    (new ones if None)."""
    settings, parts = defects.applied(settings or Settings.from_env())
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=settings.secret_key + "-idp",
        SESSION_COOKIE_NAME="idp_session",
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        MAX_FORM_MEMORY_SIZE=settings.max_body_bytes,
        DATABASE=settings.database,
        SETTINGS=settings,
    )
    app.json.ensure_ascii = False
    web.install(app, parts)
    mock_conditions = mock_conditions or conditions.Conditions()
    conditions.install(app, mock_conditions)
    if settings.test_mode:
        traffic.install(app, "idp", traffic_in_front or traffic.Traffic(settings.journal_size),
                        mock_conditions.clock)
    store.init_app(app)
    app.before_request(_refuse_while_down)
    encoding.protect(app, parts.gates.is_utf8)
    csrf.protect(app, "页面已过期或请求无效，请返回重新登录。",
                 exempt=("oauth", *parts.gates.csrf_exempt))
    for area in (login, register, password, oauth):
        app.register_blueprint(area.bp)
    app.register_error_handler(HTTPException, errors.page)
    app.add_url_rule("/healthz", "healthz", lambda: jsonify({"status": "ok"}))
    favicon.install(app)
    return app
