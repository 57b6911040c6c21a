"""The identity origin: 北京市统一身份认证平台 (its own host name and port)."""

from __future__ import annotations

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from .. import csrf, errors, store
from ..config import Settings
from . import login, oauth


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=settings.secret_key + "-idp",
        SESSION_COOKIE_NAME="idp_session",
        SESSION_COOKIE_SAMESITE="Lax",
        DATABASE=settings.database,
        SETTINGS=settings,
    )
    app.json.ensure_ascii = False
    store.init_app(app)
    csrf.protect(app, "页面已过期或请求无效，请返回重新登录。", exempt=("oauth",))
    app.register_blueprint(login.bp)
    app.register_blueprint(oauth.bp)
    app.register_error_handler(HTTPException, errors.page)
    app.add_url_rule("/healthz", "healthz", lambda: jsonify({"status": "ok"}))
    return app
