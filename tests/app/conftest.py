"""The app tier's fixtures: both origins as Flask apps on one fresh SQLite file, in-process.

`admin` here is the control API over a Flask test client, so the harness's `persona`,
`make_persona` and `clock` (fixtures/) work on these apps as they do on a served portal.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import pytest

from mock_portal import identity, portal, server
from mock_portal.config import Settings, defect_names
from mock_portal.services import idp_availability, sms_gateway
from support.control_api import ControlApi
from support.expected import GUIDE_DAY
from support.portal_user import CAPTCHA, PortalUser


@pytest.fixture
def portal_settings(tmp_path) -> Settings:
    """mock_portal's own Settings: test mode, a fixed captcha, a database of the test's own, and
    the seeded defects of MOCK_PORTAL_DEFECTS (none normally; `make mutation` sets it)."""
    return Settings(database=str(tmp_path / "p.db"), test_mode=True, captcha=CAPTCHA,
                    defects=defect_names(os.environ.get("MOCK_PORTAL_DEFECTS")))


@pytest.fixture
def built(portal_settings):
    """The schema and the demo personas (张三 13800138000, 李四 13900139000) in place."""
    server.prepare(portal_settings)
    return portal_settings


@pytest.fixture
def idp(built):
    """北京市统一身份认证平台, up again after the test whatever the test did to it (and the
    SMS gateway "ok" again: both are the process's own settings)."""
    yield identity.create_app(built)
    idp_availability.set_up(True)
    sms_gateway.set_gateway(sms_gateway.Gateway())


@pytest.fixture
def idp_client(idp):
    """The person's browser at the identity platform (its own cookie jar)."""
    return idp.test_client()


@pytest.fixture
def portal_app(built, idp):
    """The portal, trading codes with the identity app in-process instead of over HTTP."""
    server_to_server = idp.test_client()

    def token_post(url, form):
        response = server_to_server.post(urlsplit(url).path, data=form)
        return response.status_code, response.get_json()

    # One journal and one set of fault rules in front of both apps, as in a running mock.
    return portal.create_app(built, token_post=token_post,
                             traffic_in_front=idp.extensions["traffic"])


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
    """The identity platform taken down (the `idp` fixture brings it up after the test)."""
    admin.idp_down()


@pytest.fixture
def production_client(tmp_path):
    """A portal without --test-mode."""
    settings = Settings(database=str(tmp_path / "prod.db"))
    server.prepare(settings)
    return portal.create_app(settings).test_client()
