"""The app tier's fixtures: both origins as Flask apps, in-process, over a fresh SQLite file.

The apps are built once per worker and kept (tests/app/worker_apps.py); each test gets the
database, the journal and fault rules, and the mock's conditions (clock, limits, identity
platform, SMS gateway) fresh.
`admin` here is the control API over a Flask test client, so the harness's `persona`,
`make_persona`, `clock` and the fixtures that change the portal (`idp_down`, `set_faults`,
`set_sms_gateway`: fixtures/portal_changes.py) work on these apps as they do on a served portal.
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
#: When `declare_approved` declares: in July, the contribution year's first month.
DECLARED = "2025-07-10T09:30:00+08:00"


@pytest.fixture(scope="session")
def worker_apps() -> Iterator[WorkerApps]:
    """Session scope; a WorkerApps: this worker's apps and database templates, built on first
    use; the database files in
    memory (tmpfs) where the system has one: a test's database is thrown away after it, so the
    fsync of every commit (PRAGMA synchronous = FULL, kept as served) need not reach a disk."""
    memory = SHARED_MEMORY if os.access(SHARED_MEMORY, os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="app-tier-", dir=memory) as folder:
        apps = WorkerApps(Path(folder))
        yield apps
        apps.close()


@pytest.fixture
def portal_settings(worker_apps) -> Settings:
    """Function scope; mock_portal's own Settings: test mode, a fixed captcha, the worker's
    database, and the seeded defects of MOCK_PORTAL_DEFECTS (none normally; `make mutation`
    sets it). Changes nothing by itself; a test may override it."""
    return worker_apps.settings(test_mode=True, captcha=CAPTCHA,
                                defects=defect_names(os.environ.get("MOCK_PORTAL_DEFECTS")))


@pytest.fixture
def origins(portal_settings, worker_apps) -> Origins:
    """Function scope; Origins (`.portal`, `.idp`): both apps over a database of the test's
    own (schema and demo personas), with no journal entry, no fault rule, and clock, limits,
    identity platform and SMS gateway as a mock starts."""
    return worker_apps.fresh(portal_settings)


@pytest.fixture
def built(origins, portal_settings):
    """Function scope; the Settings, once the schema and the demo personas (张三 13800138000,
    李四 13900139000) are in place in the test's database."""
    return portal_settings


@pytest.fixture
def idp(origins):
    """Function scope; the Flask app of 北京市统一身份认证平台 over the test's database."""
    return origins.idp


@pytest.fixture
def idp_client(idp):
    """Function scope; a Flask test client: the person's browser at the identity platform
    (its own cookie jar)."""
    return idp.test_client()


@pytest.fixture
def portal_app(origins):
    """Function scope; the portal's Flask app, trading codes with the identity app
    in-process instead of over HTTP; one journal and one set of fault rules in front of both
    apps, as in a running mock."""
    return origins.portal


@pytest.fixture
def client(portal_app):
    """Function scope; a Flask test client: the person's browser at the portal (its own
    cookie jar)."""
    return portal_app.test_client()


@pytest.fixture
def admin(portal_app, portal_settings) -> ControlApi:
    """Function scope; a ControlApi (support/control_api.py) over a Flask test client of its
    own, so it never shares the person's cookies. The same class as the e2e tier's session
    `admin` (fixtures/portal.py)."""
    return ControlApi.over_flask(portal_app.test_client(), portal_settings.portal_url)


@pytest.fixture
def user(client, idp_client, portal_settings, persona) -> PortalUser:
    """Function scope; a PortalUser (support/portal_user.py): `persona` at a browser
    (`client` and `idp_client`), not logged in yet; `persona` is in the database."""
    return PortalUser.over_flask(client, idp_client, portal_settings, login=persona.phone)


@pytest.fixture
def make_user(portal_app, idp, portal_settings, make_persona):
    """Function scope; `make_user(**persona_fields) -> (PortalUser, Persona)`: another person
    (made through the control API) with a browser of their own, not logged in."""

    def make(**fields):
        person = make_persona(**fields)
        browser = PortalUser.over_flask(portal_app.test_client(), idp.test_client(),
                                        portal_settings, login=person.phone,
                                        password=person.password)
        return browser, person

    return make


@pytest.fixture
def frozen_clock(clock):
    """Function scope; the `clock` (a MockClock), frozen at the guide's sample moment
    (GUIDE_DAY); real time again after the test."""
    clock.freeze(GUIDE_DAY)
    return clock


@pytest.fixture
def logged_in(user, clock):
    """Function scope; the `user` (a PortalUser), logged in through the login page with the
    clock frozen at GUIDE_DAY: both origins' sessions. Declares nothing."""
    clock.freeze(GUIDE_DAY)
    user.log_in_from_portal("/space/")
    assert user.logged_in
    return user


@pytest.fixture
def declare_approved(user, admin, clock):
    """Function scope; `declare_approved(cycle="按月缴费", day=DECLARED) -> number`: `user`
    declares 7162 元 with `cycle` on `day` (the clock frozen there), the case then 已受理 and
    已办结 通过."""

    def declare(cycle: str = "按月缴费", day: str = DECLARED) -> str:
        clock.freeze(day)
        number = user.declare("7162", cycle)
        admin.transition(number, "已受理")
        admin.transition(number, "已办结", result="通过")
        return number

    return declare


@pytest.fixture
def production_client(worker_apps):
    """Function scope; a Flask test client of a portal without --test-mode (no control API,
    the real captcha), over a database of its own."""
    return worker_apps.fresh(worker_apps.settings()).portal.test_client()
