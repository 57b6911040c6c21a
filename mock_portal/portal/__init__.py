"""The portal origin: 首都之窗, the 北京市政务服务网 item pages, 办事 pages and 用户空间."""

from __future__ import annotations

from decimal import Decimal

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from .. import conditions, csrf, defects, encoding, errors, favicon, store, traffic, web
from ..config import Settings
from ..domain import contributions, limits
from . import (
    auth,
    declaration,
    home,
    item,
    messages,
    oauth_client,
    outbox,
    payments,
    security,
    space,
)


def create_app(settings: Settings | None = None, token_post=None,
               traffic_in_front: traffic.Traffic | None = None,
               mock_conditions: conditions.Conditions | None = None) -> Flask:
    """The portal app; `token_post` replaces the HTTP call of the code exchange in tests. In
    test mode `traffic_in_front` (a new one if None) journals and faults its requests. Its
    clock, limits, platform availability and gateway are `mock_conditions` (new ones if None).
    Give the identity app's to share them, as a running mock does."""
    settings, parts = defects.applied(settings or Settings.from_env())
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=settings.secret_key,
        SESSION_COOKIE_NAME="portal_session",
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        MAX_FORM_MEMORY_SIZE=settings.max_body_bytes,
        DATABASE=settings.database,
        SETTINGS=settings,
        TOKEN_POST=token_post or oauth_client.http_post,
    )
    app.json.ensure_ascii = False
    web.install(app, parts)
    mock_conditions = mock_conditions or conditions.Conditions()
    conditions.install(app, mock_conditions)
    if settings.test_mode:
        traffic.install(app, "portal", traffic_in_front or traffic.Traffic(settings.journal_size),
                        mock_conditions.clock)
    store.init_app(app)
    encoding.protect(app, parts.gates.is_utf8)
    csrf.protect(app, "页面已过期或请求无效，请刷新页面后重试。",
                 exempt=("admin", *parts.gates.csrf_exempt))
    app.context_processor(lambda: {"current_person": security.current_person,
                                   "test_mode": settings.test_mode})
    app.add_template_filter(limits.format_yuan, "yuan")
    app.add_template_filter(Decimal, "decimal")
    app.add_template_global(contributions.monthly_amounts)
    for area in (home, item, auth, declaration, space, messages, payments):
        app.register_blueprint(area.bp)
    if settings.test_mode:
        from .. import admin
        from ..admin import token

        app.register_blueprint(outbox.bp)
        app.register_blueprint(admin.bp)
        if settings.admin_token:
            token.require(app, settings.admin_token, parts.gates)
    app.register_error_handler(HTTPException, errors.page)
    app.add_url_rule("/healthz", "healthz", lambda: jsonify({"status": "ok"}))
    favicon.install(app)
    return app
