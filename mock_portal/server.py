"""Both origins in one process: a waitress server for each, with its own thread pool.

Separate pools matter: the portal's /oauth/callback waits on a server-to-server call to
the identity platform, so with one shared pool a burst of logins could occupy every thread
and leave none to answer the exchange they all wait on.
"""

from __future__ import annotations

import threading

from waitress.server import create_server

from . import clock, identity, portal, store
from .config import Settings
from .services import personas


def _seed_demo_personas(settings: Settings) -> None:
    with store.transaction(settings.database) as demo:
        if not demo.identity.taken("phone", personas.DEMO_PERSONAS[0].phone):
            personas.seed_demo(demo, clock.now())


def prepare(settings: Settings) -> None:
    """The database brought forward (or store.UnusableDatabase); in test mode, demo personas."""
    store.migrate(settings.database)
    if settings.test_mode:
        _seed_demo_personas(settings)


def build(settings: Settings):
    """The two WSGI apps (portal, identity platform), ready to serve."""
    prepare(settings)
    return portal.create_app(settings), identity.create_app(settings)


class Server:
    """A running mock (both origins); `serve_forever()`, or `start()`/`stop()` in threads."""

    def __init__(self, settings: Settings, host: str, port: int, idp_host: str, idp_port: int,
                 threads: int = 8):
        portal_app, identity_app = build(settings)
        self._servers = [
            create_server(app, map={}, listen=listen, threads=threads, ident="mock-portal",
                          clear_untrusted_proxy_headers=True)
            for app, listen in ((portal_app, f"{host}:{port}"),
                                (identity_app, f"{idp_host}:{idp_port}"))
        ]
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()

    def _run(self, server) -> None:
        try:
            server.run()
        except OSError:
            # stop() closed the sockets under the loop's select(): the expected way out.
            if not self._stopping.is_set():
                raise

    def start(self) -> None:
        self._threads = [threading.Thread(target=self._run, args=(s,), daemon=True)
                         for s in self._servers]
        for thread in self._threads:
            thread.start()

    def serve_forever(self) -> None:
        self.start()
        for thread in self._threads:
            thread.join()

    def stop(self) -> None:
        self._stopping.set()
        for server in self._servers:
            server.close()
        for thread in self._threads:
            thread.join(timeout=10)
