"""The app tier's fixtures: both origins as Flask apps, in-process, over a fresh SQLite file.

The apps are built once per worker and kept (tests/app/worker_apps.py); each test gets the
database, the journal and fault rules, and the mock's conditions (clock, limits, identity
platform, SMS gateway) fresh.
`admin` here is the control API over a Flask test client, so the harness's `persona`,
`make_persona` and `clock` (fixtures/) work on these apps as they do on a served portal.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from mock_portal.config import Settings, defect_names
from support.control_api import ControlApi
from support.expected import GUIDE_DAY
from support.portal_user import CAPTCHA, PortalUser

from .worker_apps import Origins, WorkerApps

#: Linux's tmpfs for shared memory: files there live in RAM.
SHARED_MEMORY = "/dev/shm"


@pytest.fixture(scope="session")
def worker_apps() -> Iterator[WorkerApps]:
    """This worker's apps and database templates, built on first use; the database files in
    memory (tmpfs) where the system has one: a test's database is thrown away after it, so the
    fsync of every commit (PRAGMA synchronous = FULL, kept as served) need not reach a disk."""
    memory = SHARED_MEMORY if os.access(SHARED_MEMORY, os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="app-tier-", dir=memory) as folder:
        apps = WorkerApps(Path(folder))
        yield apps
        apps.close()


@pytest.fixture
def portal_settings(worker_apps) -> Settings:
    """mock_portal's own Settings: test mode, a fixed captcha, the worker's database, and the
    seeded defects of MOCK_PORTAL_DEFECTS (none normally; `make mutation` sets it)."""
    return worker_apps.settings(test_mode=True, captcha=CAPTCHA,
                                defects=defect_names(os.environ.get("MOCK_PORTAL_DEFECTS")))


@pytest.fixture
def origins(portal_settings, worker_apps) -> Origins:
    """Both apps over a database of the test's own, with no journal entry, no fault rule, and
    clock, limits, identity platform and SMS gateway as a mock starts."""
    return worker_apps.fresh(portal_settings)


@pytest.fixture
def built(origins, portal_settings):
    """The schema and the demo personas (张三 13800138000, 李四 13900139000) in place."""
    return portal_settings


@pytest.fixture
def idp(origins):
    """北京市统一身份认证平台."""
    return origins.idp


@pytest.fixture
def idp_client(idp):
    """The person's browser at the identity platform (its own cookie jar)."""
    return idp.test_client()


@pytest.fixture
def portal_app(origins):
    """The portal, trading codes with the identity app in-process instead of over HTTP; one
    journal and one set of fault rules in front of both apps, as in a running mock."""
    return origins.portal


@pytest.fixture
def client(portal_app):
    """The person's browser at the portal (its own cookie jar)."""
    return portal_app.test_client()


@pytest.fixture
def admin(portal_app, portal_settings) -> ControlApi:
    """The control API, on a client of its own so it never shares the person's cookies."""
    return ControlApi.over_flask(portal_app.test_client(), portal_settings.portal_url)


@pytest.fixture
def user(client, idp_client, portal_settings, persona) -> PortalUser:
    """The persona at a browser (`client` and `idp_client`), not logged in yet."""
    return PortalUser.over_flask(client, idp_client, portal_settings, login=persona.phone)


@pytest.fixture
def make_user(portal_app, idp, portal_settings, make_persona):
    """Another person with a browser of their own: make_user(**persona_fields) -> (user, persona)."""

    def make(**fields):
        person = make_persona(**fields)
        browser = PortalUser.over_flask(portal_app.test_client(), idp.test_client(),
                                        portal_settings, login=person.phone,
                                        password=person.password)
        return browser, person

    return make


@pytest.fixture
def frozen_clock(clock):
    """The mock clock frozen at the guide's sample moment (GUIDE_DAY)."""
    clock.freeze(GUIDE_DAY)
    return clock


@pytest.fixture
def logged_in(user, clock):
    """The persona logged in through the login page at GUIDE_DAY (frozen): both origins'
    sessions."""
    clock.freeze(GUIDE_DAY)
    user.log_in_from_portal("/space/")
    assert user.logged_in
    return user


@pytest.fixture
def idp_down(admin):
    """The identity platform taken down (the next test's `origins` bring it up again)."""
    admin.idp_down()


@pytest.fixture
def production_client(worker_apps):
    """A portal without --test-mode."""
    return worker_apps.fresh(worker_apps.settings()).portal.test_client()
