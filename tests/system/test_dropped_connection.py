"""A `drop` fault against a real `python -m mock_portal`: the connection closes without an
answer (as a real HTTP client sees it), the request was handled, and the server serves on."""

from __future__ import annotations

import http.client
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from portal_user import free_ports

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def portal_url(tmp_path):
    """A portal process in test mode; ready once it has printed its URLs (it prints them after
    both sockets listen)."""
    port, idp_port = free_ports(2)
    process = subprocess.Popen(
        [sys.executable, "-m", "mock_portal", "--test-mode", "--port", str(port), "--idp-port",
         str(idp_port), "--db", str(tmp_path / "p.db")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for line in process.stdout:
            if line.startswith("identity platform:"):
                break
        else:
            pytest.fail(f"the portal stopped before serving (status {process.wait()})")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_dropped_request_gets_no_answer_at_all(portal_url):
    control = requests.Session()
    control.trust_env = False
    control.put(f"{portal_url}/__admin/faults",
                json=[{"path": "/item/", "drop": True, "times": 1}]).raise_for_status()
    connection = http.client.HTTPConnection(portal_url.removeprefix("http://"), timeout=30)

    connection.request("GET", "/item/guide")

    with pytest.raises(http.client.RemoteDisconnected):
        connection.getresponse()
    (entry,) = control.get(f"{portal_url}/__admin/journal").json()
    assert (entry["path"], entry["status"], entry["fault"]) == ("/item/guide", None,
                                                                 {"drop": True})
    assert control.get(f"{portal_url}/item/guide").status_code == 200
