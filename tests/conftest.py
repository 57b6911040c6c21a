"""Fixtures for the tests without a browser: both origins as Flask apps on one fresh SQLite file."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from portal_user import Clock, ControlApi, PortalUser

from mock_portal import identity, portal, server
from mock_portal.config import Settings
from mock_portal.services import idp_availability


@pytest.fixture
def settings(tmp_path):
    """Test mode, a fixed captcha and a database of the test's own."""
    return Settings(database=str(tmp_path / "p.db"), test_mode=True, captcha="1488")


@pytest.fixture
def built(settings):
    """The schema and the demo personas (张三 13800138000, 李四 13900139000) in place."""
    server.prepare(settings)
    return settings


@pytest.fixture
def idp(built):
    """北京市统一身份认证平台, up again after the test whatever the test did to it."""
    yield identity.create_app(built)
    idp_availability.set_up(True)


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
def admin(portal_app):
    """The control API, on a client of its own so it never shares the person's cookies."""
    return ControlApi(portal_app.test_client())


@pytest.fixture
def persona(admin):
    """A fresh persona (password Demo@2022) made through POST /__admin/persons."""
    return admin.create_person()


@pytest.fixture
def user(client, idp_client, settings, persona):
    """The persona at a browser, not logged in yet."""
    return PortalUser(client, idp_client, settings, login=persona["phone"])


@pytest.fixture
def make_user(portal_app, idp, settings, admin):
    """Another person with a browser of their own: make_user(**persona_fields) -> (user, persona)."""

    def make(**fields):
        person = admin.create_person(**fields)
        browser = PortalUser(portal_app.test_client(), idp.test_client(), settings,
                             login=person["phone"], password=fields.get("password", "Demo@2022"))
        return browser, person

    return make


@pytest.fixture
def clock():
    """The mock clock, back to real time after the test."""
    control = Clock()
    yield control
    control.reset()
