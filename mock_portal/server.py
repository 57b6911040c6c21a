"""Both origins in one process: one waitress server, two sockets, a dispatcher by port."""

from __future__ import annotations

import threading
import urllib.parse

from waitress.server import create_server

from . import identity, portal, store
from .config import Settings
from .services import personas


def dispatcher(portal_app, identity_app, idp_port: int):
    """A WSGI app that hands each request to the origin its socket belongs to."""

    def app(environ, start_response):
        target = identity_app if environ.get("SERVER_PORT") == str(idp_port) else portal_app
        return target(environ, start_response)

    return app


def build(settings: Settings):
    """The WSGI app for both origins, with the schema and demo personas in place."""
    store.create_schema(settings.database)
    if settings.test_mode:
        _seed_demo_personas(settings)
    idp_port = urllib.parse.urlsplit(settings.idp_url).port
    return dispatcher(portal.create_app(settings), identity.create_app(settings), idp_port)


def _seed_demo_personas(settings: Settings) -> None:
    from . import clock

    conn = store.connect(settings.database)
    try:
        conn.execute("BEGIN IMMEDIATE")
        demo = store.Store(conn)
        if not demo.taken("phone", personas.DEMO_PERSONAS[0].phone):
            personas.seed_demo(demo, clock.now())
        conn.execute("COMMIT")
    finally:
        conn.close()


class Server:
    """A running mock (both origins); `serve_forever()` or `start()`/`stop()` in a thread."""

    def __init__(self, settings: Settings, host: str, port: int, idp_host: str, idp_port: int,
                 threads: int = 8):
        self.settings = settings
        self._server = create_server(
            build(settings), listen=f"{host}:{port} {idp_host}:{idp_port}", threads=threads,
            ident="mock-portal", clear_untrusted_proxy_headers=True)
        self._thread: threading.Thread | None = None

    def serve_forever(self) -> None:
        self._server.run()

    def start(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.close()
        if self._thread:
            self._thread.join(timeout=10)
