"""The portal origin: 首都之窗, the 北京市政务服务网 item pages, 办事 pages and 用户空间."""

from __future__ import annotations

from decimal import Decimal

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from .. import csrf, errors, store
from ..config import Settings
from ..domain import contributions, limits
from . import auth, declaration, home, item, oauth_client, outbox, security, space


def create_app(settings: Settings | None = None, token_post=None) -> Flask:
    """The portal app; `token_post` replaces the HTTP call of the code exchange in tests."""
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=settings.secret_key,
        SESSION_COOKIE_NAME="portal_session",
        SESSION_COOKIE_SAMESITE="Lax",
        DATABASE=settings.database,
        SETTINGS=settings,
        TOKEN_POST=token_post or oauth_client.http_post,
    )
    app.json.ensure_ascii = False
    store.init_app(app)
    csrf.protect(app, "页面已过期或请求无效，请刷新页面后重试。", exempt=("admin",))
    app.context_processor(lambda: {"current_person": security.current_person,
                                   "test_mode": settings.test_mode})
    app.add_template_filter(limits.format_yuan, "yuan")
    app.add_template_filter(Decimal, "decimal")
    app.add_template_global(contributions.monthly_amounts)
    for area in (home, item, auth, declaration, space):
        app.register_blueprint(area.bp)
    if settings.test_mode:
        from .. import admin

        app.register_blueprint(outbox.bp)
        app.register_blueprint(admin.bp)
    app.register_error_handler(HTTPException, errors.page)
    app.add_url_rule("/healthz", "healthz", lambda: jsonify({"status": "ok"}))
    return app
