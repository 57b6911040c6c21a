"""The site icon: each origin serves its own, at /favicon.ico and where its pages link it, so
no page logs a missing icon (even while the identity platform is down)."""

from __future__ import annotations

import pytest

ICON_LINK = '<link rel="icon" type="image/svg+xml" href="/static/favicon.svg">'


@pytest.fixture(params=["portal", "idp"])
def origin(request, client, idp_client):
    """Each origin's client with a page of its own."""
    if request.param == "portal":
        return client, "/"
    return idp_client, "/renzheng/open/register"


@pytest.mark.parametrize("path", ["/favicon.ico", "/static/favicon.svg"])
def test_each_origin_serves_its_icon(origin, path):
    http, _ = origin

    icon = http.get(path)

    assert icon.status_code == 200
    assert icon.mimetype == "image/svg+xml"
    assert icon.data.startswith(b"<svg")


def test_each_origins_pages_link_the_icon(origin):
    http, page_path = origin

    page = http.get(page_path)

    assert ICON_LINK in page.text


def test_the_platforms_icon_is_served_while_it_is_down(idp_client, idp_down):
    icon = idp_client.get("/favicon.ico")

    assert icon.status_code == 200
