"""The app tier's apps, built once per worker, and a fresh database and mock state per test.

Building the two Flask apps is most of what an app test used to cost: Jinja compiles every
template anew for a new app, Werkzeug every URL rule (docs/decisions.md D38). So a worker keeps
the apps it built, one pair per Settings, and before each test makes fresh what a test can
change instead: the database file (a copy of one made once), the journal and fault rules in
front of both apps, and the mock's conditions (clock, limits, identity platform, SMS gateway),
reset by the method the control API's reset calls.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
import shutil
import sqlite3
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from flask import Flask

from mock_portal import conditions, server, store, traffic
from mock_portal.config import Settings


class Origins(NamedTuple):
    """Both origins of one mock, in-process: the portal trades codes with `idp` directly."""

    portal: Flask
    idp: Flask
    #: Each app's config as built, put back before each test (a test may change its own).
    configs: tuple[dict, dict]
    #: The clock, limits, platform availability and gateway both apps share.
    conditions: conditions.Conditions

    @property
    def traffic(self) -> traffic.Traffic | None:
        """The journal and fault rules in front of both (test mode only)."""
        return self.idp.extensions.get("traffic")

    def as_built(self) -> None:
        """Config as built, no journal entry, no fault rule, conditions as the mock started."""
        for app, config in zip((self.portal, self.idp), self.configs, strict=True):
            app.config.clear()
            app.config.update(config)
        if self.traffic is not None:
            self.traffic.reset()
        self.conditions.reset()


def build(settings: Settings) -> Origins:
    """Both apps over `settings`, wired as a running mock's (server.wire), the portal's code
    exchange going to the identity app's test client instead of over HTTP."""

    def token_post(url, form):
        # A client per call: a server-to-server call carries no cookies, as over HTTP.
        response = idp.test_client().post(urlsplit(url).path, data=form)
        return response.status_code, response.get_json()

    portal_app, idp = server.wire(settings, token_post=token_post)
    return Origins(portal_app, idp, (dict(portal_app.config), dict(idp.config)),
                   idp.extensions["conditions"])


class WorkerApps:
    """One worker's apps (one pair per Settings) and database templates, kept for the session.

    Every Settings it gives names the same database file for a mode (test mode or not) and the
    same secrets, so that equal Settings find the apps already built. A test therefore works
    with one pair of each mode: a second `fresh` of the same mode makes that file fresh again.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._secrets = {"secret_key": secrets.token_hex(32),
                         "client_secret": secrets.token_urlsafe(24)}
        self._origins: dict[Settings, Origins] = {}
        self._templates: dict[bool, Path] = {}
        self._held: dict[Path, sqlite3.Connection] = {}

    def settings(self, **fields) -> Settings:
        """Settings with `fields`, on this worker's database file and secrets."""
        name = "portal.db" if fields.get("test_mode") else "production.db"
        return Settings(database=str(self.folder / name), **self._secrets, **fields)

    def fresh(self, settings: Settings) -> Origins:
        """The apps over `settings` (built on first use, config as built) on a fresh database,
        with no journal entry, no fault rule and their conditions as a mock starts."""
        self._fresh_database(settings)
        if settings not in self._origins:
            self._origins[settings] = build(settings)
        origins = self._origins[settings]
        origins.as_built()
        return origins

    def _fresh_database(self, settings: Settings) -> None:
        """The file `settings.database` replaced by a copy of a database made once for the mode:
        the schema, and in test mode the demo personas."""
        path = Path(settings.database)
        self._let_go(path)
        for leftover in (_sidecar(path, "-wal"), _sidecar(path, "-shm")):
            leftover.unlink(missing_ok=True)
        staged = _sidecar(path, ".fresh")
        shutil.copyfile(self._template(settings), staged)
        # A new file, not the old one overwritten: a connection a test left open keeps the old.
        os.replace(staged, path)
        # Held open as a served mock holds its file (server.Server): a request's connection
        # closing is then never the last one, which would checkpoint the WAL each time.
        self._held[path] = store.hold_open(str(path))

    def close(self) -> None:
        """Let go of every database file (at the end of the session)."""
        for path in list(self._held):
            self._let_go(path)

    def _let_go(self, path: Path) -> None:
        held = self._held.pop(path, None)
        if held is not None:
            held.close()

    def _template(self, settings: Settings) -> Path:
        if settings.test_mode not in self._templates:
            template = _sidecar(Path(settings.database), ".template")
            server.prepare(dataclasses.replace(settings, database=str(template)))
            # The last connection's close checkpointed the WAL into the file: it is whole.
            assert not _sidecar(template, "-wal").exists(), f"{template}: WAL left over"
            self._templates[settings.test_mode] = template
        return self._templates[settings.test_mode]


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)
