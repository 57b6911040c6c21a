"""use.connect: read from the config or the environment, checked, overridden by the flags."""

from __future__ import annotations

import pytest

from support.remote_browsers import (
    Connect,
    ConnectSettingError,
    connect_setting,
    launch_options,
    unreachable_message,
    with_endpoint,
)


def test_no_setting_and_no_environment_launches_locally():
    assert connect_setting(None, environ={}) is None


def test_a_playwright_server_with_headers_timeout_and_exposed_network():
    connect = connect_setting({"ws_endpoint": "ws://grid:3000/", "headers": {"x-team": "qa"},
                               "timeout": 5000, "expose_network": "<loopback>"}, environ={})

    assert connect == Connect(ws_endpoint="ws://grid:3000/", headers={"x-team": "qa"},
                              timeout=5000.0, expose_network="<loopback>")


def test_the_environment_fills_the_gap_the_file_leaves():
    assert connect_setting(None, environ={"E2E_CONNECT_CDP_ENDPOINT": "http://grid:9222"}) == \
        Connect(cdp_endpoint="http://grid:9222")


def test_the_file_wins_over_the_environment():
    connect = connect_setting({"ws_endpoint": "ws://file:1/"},
                              environ={"E2E_CONNECT_WS_ENDPOINT": "ws://env:2/"})

    assert connect.ws_endpoint == "ws://file:1/"


@pytest.mark.parametrize(("value", "message"), [
    ({}, "needs exactly one of ws_endpoint (a Playwright server) and cdp_endpoint"),
    ({"ws_endpoint": "ws://a:1/", "cdp_endpoint": "http://a:2"}, "needs exactly one of"),
    ({"ws_endpoint": "http://a:1/"}, "ws_endpoint must be a ws:// or wss:// URL, not 'http://a:1/'"),
    ({"cdp_endpoint": "a:9222"}, "cdp_endpoint must be a http:// or https:// or ws:// or wss://"),
    ({"ws_endpoint": "ws://a:1/", "timeout": -1}, "timeout must be milliseconds (0: none), not -1"),
    ({"ws_endpoint": "ws://a:1/", "wsEndpoint": "x"}, "unknown setting(s) wsEndpoint"),
    ({"cdp_endpoint": "http://a:1", "expose_network": "<loopback>"},
     "expose_network works with ws_endpoint only"),
    ("ws://a:1/", "must be a dict or None"),
])
def test_a_setting_that_cannot_be_used_is_refused_saying_why(value, message):
    with pytest.raises(ConnectSettingError) as refused:
        connect_setting(value, environ={})

    assert message in str(refused.value)


def test_the_cdp_flag_replaces_the_files_playwright_server_keeping_its_headers():
    file = Connect(ws_endpoint="ws://file:1/", headers={"x-team": "qa"},
                   expose_network="<loopback>")

    assert with_endpoint(file, cdp_endpoint="http://flag:9222") == Connect(
        cdp_endpoint="http://flag:9222", headers={"x-team": "qa"})


def test_both_flags_at_once_are_refused():
    with pytest.raises(ConnectSettingError, match="give one of them"):
        with_endpoint(None, "ws://a:1/", "http://a:2")


def test_launch_options_are_spelled_as_the_playwright_server_reads_them():
    assert launch_options(True, ["--disable-gpu"], "/usr/lib/chromium/chromium") == {
        "headless": True, "args": ["--disable-gpu"],
        "executablePath": "/usr/lib/chromium/chromium"}


def test_the_unreachable_message_names_the_endpoint_and_how_to_start_one():
    message = unreachable_message(Connect(ws_endpoint="ws://127.0.0.1:9/"),
                                  "BrowserType.connect: connect ECONNREFUSED 127.0.0.1:9\nCall log")

    assert message.startswith("cannot connect to the browser at ws://127.0.0.1:9/ (Playwright "
                              "server; use.connect, --connect / --connect-cdp, "
                              "E2E_CONNECT_WS_ENDPOINT / E2E_CONNECT_CDP_ENDPOINT): "
                              "BrowserType.connect: connect ECONNREFUSED 127.0.0.1:9\n")
    assert "python -m playwright run-server --port 3000 --unsafe" in message
