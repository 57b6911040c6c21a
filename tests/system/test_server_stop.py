"""Stopping a running mock (`Server.stop`, as SIGTERM does for `python -m mock_portal`): its
serving loops end although a client still keeps a connection alive, and that connection is
closed, so the process ends at once rather than when the loops give up."""

from __future__ import annotations

import http.client

from mock_portal.config import Settings
from mock_portal.server import Server
from support.ports import free_ports


def test_a_stopped_mock_ends_its_loops_and_closes_a_kept_alive_connection(tmp_path):
    port, idp_port = free_ports(2)
    settings = Settings(database=str(tmp_path / "stop.db"), test_mode=True,
                        portal_url=f"http://127.0.0.1:{port}",
                        idp_url=f"http://localhost:{idp_port}")
    server = Server(settings, "127.0.0.1", port, "127.0.0.1", idp_port, threads=2)
    server.start()
    kept = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    kept.request("GET", "/healthz")
    assert kept.getresponse().read() == b'{"status":"ok"}\n'

    server.stop()

    assert not server.serving()
    assert kept.sock.recv(1) == b""  # closed by the server, not left open
    kept.close()
