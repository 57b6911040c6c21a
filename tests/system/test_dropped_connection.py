"""A `drop` fault against a real `python -m mock_portal`: the connection closes without an
answer (as a real HTTP client sees it), the request was handled, and the server serves on."""

from __future__ import annotations

import http.client
from dataclasses import replace
from urllib.parse import urlsplit

import pytest
import requests

from support.control_api import ControlApi
from support.portal_process import PortalProcess


@pytest.fixture
def portal_url(tmp_path, run_settings, pytestconfig):
    """Function scope; a str, the portal's URL: `python -m mock_portal` (playwright.config.py's
    web_server) on free ports and a database of the test's own."""
    with PortalProcess(replace(run_settings.web_server, port=None, idp_port=None),
                       tmp_path / "mock_portal.log", cwd=pytestconfig.rootpath,
                       database=tmp_path / "portal.db") as portal:
        yield portal.portal_url


def test_a_dropped_request_gets_no_answer_at_all(portal_url):
    admin = ControlApi.over_http(portal_url)
    admin.set_faults({"path": "/item/", "drop": True, "times": 1})
    connection = http.client.HTTPConnection(urlsplit(portal_url).netloc, timeout=30)

    connection.request("GET", "/item/guide")

    with pytest.raises(http.client.RemoteDisconnected):
        connection.getresponse()
    (entry,) = admin.journal()
    assert (entry["path"], entry["status"], entry["fault"]) == ("/item/guide", None,
                                                                 {"drop": True})
    assert requests.get(f"{portal_url}/item/guide", timeout=30).status_code == 200
