"""Both origins in one process: a waitress server for each, with its own thread pool.

Separate pools matter: the portal's /oauth/callback waits on a server-to-server call to
the identity platform, so with one shared pool a burst of logins could occupy every thread
and leave none to answer the exchange they all wait on.
"""

from __future__ import annotations

import errno
import functools
import threading

from waitress import wasyncore
from waitress.server import create_server

from . import clock, conditions, identity, portal, store, traffic
from .config import Settings
from .domain.limits import Table
from .services import personas


def _seed_demo_personas(settings: Settings) -> None:
    with store.transaction(settings.database) as demo:
        if not demo.identity.taken("phone", personas.DEMO_PERSONAS[0].phone):
            # Before any test could move a clock: real time.
            personas.seed_demo(demo, clock.real_now())


def prepare(settings: Settings) -> None:
    """The database brought forward (or store.UnusableDatabase); in test mode, demo personas."""
    store.migrate(settings.database)
    if settings.test_mode:
        _seed_demo_personas(settings)


def build(settings: Settings, startup_limits: Table | None = None):
    """The two WSGI apps (portal, identity platform) over a database made ready, `wire`d."""
    prepare(settings)
    return wire(settings, startup_limits)


def wire(settings: Settings, startup_limits: Table | None = None, token_post=None):
    """The two apps (portal, identity platform) with one set of conditions (clock, limits from
    `startup_limits` on, platform availability, SMS gateway) and, in test mode, one journal
    and one set of fault rules in front of both; `token_post` replaces the portal's HTTP call
    of the code exchange (the app tier's, in-process)."""
    in_front = traffic.Traffic(settings.journal_size) if settings.test_mode else None
    mock_conditions = conditions.Conditions(startup_limits)
    return (portal.create_app(settings, token_post=token_post, traffic_in_front=in_front,
                              mock_conditions=mock_conditions),
            identity.create_app(settings, traffic_in_front=in_front,
                                mock_conditions=mock_conditions))


class CannotListen(Exception):
    """A port the server cannot listen on; str() says which one and why, in one line."""


def _cannot_listen(address: tuple[str, int], flag: str, error: OSError) -> str:
    host, port = address
    if error.errno == errno.EADDRINUSE:
        return (f"port {port} ({flag}) is already in use on {host}; stop the program using it "
                f"or choose another {flag}")
    return f"cannot listen on {host}:{port} ({flag}): {error.strerror or error}; choose another {flag}"


class Server:
    """A running mock (both origins); `serve_forever()`, or `start()`/`stop()` in threads."""

    def __init__(self, settings: Settings, host: str, port: int, idp_host: str, idp_port: int,
                 threads: int = 8, startup_limits: Table | None = None):
        portal_app, identity_app = build(settings, startup_limits)
        # Requests then never close the file's last connection, which would checkpoint it.
        self._held = store.hold_open(settings.database)
        self._servers = []
        for app, address, flag in ((portal_app, (host, port), "--port"),
                                   (identity_app, (idp_host, idp_port), "--idp-port")):
            try:
                self._servers.append(self._listen(app, *address, threads))
            except OSError as exc:
                for server in self._servers:
                    server.close()
                self._held.close()
                raise CannotListen(_cannot_listen(address, flag, exc)) from exc
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()

    @staticmethod
    def _listen(app, host: str, port: int, threads: int):
        return create_server(app, map={}, listen=f"{host}:{port}", threads=threads,
                             ident="mock-portal", clear_untrusted_proxy_headers=True)

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

    def serving(self) -> bool:
        """Whether a serving loop still runs (after stop(), none does)."""
        return any(thread.is_alive() for thread in self._threads)

    def stop(self) -> None:
        self._stopping.set()
        for server in self._servers:
            # Requests under way finish first (their threads still wake the loop when done).
            server.task_dispatcher.shutdown()
            # Everything the loop serves is closed, the listening socket and the connections a
            # client keeps alive (one left open kept the loop polling until the join gave up,
            # ten seconds later), by the loop itself, woken through waitress's trigger.
            close_all = functools.partial(wasyncore.close_all, server._map, ignore_all=True)
            if self._threads:
                server.trigger.pull_trigger(close_all)
            else:
                close_all()
        for thread in self._threads:
            thread.join(timeout=10)
        self._held.close()
