"""Browsers elsewhere: the `use.connect` setting, and connecting to a browser over Playwright's
server protocol (`browser_type.connect`) or the Chrome DevTools Protocol (`connect_over_cdp`)."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib.metadata import version
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserType
from playwright.sync_api import Error as PlaywrightError

#: The environment's endpoints, used where playwright.config.py has no `use.connect`.
WS_ENDPOINT_VARIABLE = "E2E_CONNECT_WS_ENDPOINT"
CDP_ENDPOINT_VARIABLE = "E2E_CONNECT_CDP_ENDPOINT"
CONNECT_KEYS = {"ws_endpoint", "cdp_endpoint", "headers", "timeout", "expose_network"}
#: Milliseconds to wait for the connection: a host that never answers must not hang a run.
DEFAULT_TIMEOUT = 30_000
#: The header in which Playwright's server reads the launch options of the browser it starts.
LAUNCH_OPTIONS_HEADER = "x-playwright-launch-options"
WS_SCHEMES = ("ws", "wss")
CDP_SCHEMES = ("http", "https", "ws", "wss")


class ConnectSettingError(ValueError):
    """`use.connect` (or its environment variables) says something that cannot be used."""


class RemoteBrowserError(RuntimeError):
    """The browser elsewhere could not be reached; the message says where and what to check."""


@dataclass(frozen=True)
class Connect:
    """Where the browser runs: exactly one of `ws_endpoint` (a Playwright server) or
    `cdp_endpoint` (a Chromium's DevTools), with headers, a timeout in milliseconds and, for
    a Playwright server, the client's networks the browser may reach (`expose_network`)."""

    ws_endpoint: str | None = None
    cdp_endpoint: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    timeout: float = DEFAULT_TIMEOUT
    expose_network: str | None = None

    @property
    def endpoint(self) -> str:
        return self.ws_endpoint or self.cdp_endpoint or ""

    @property
    def protocol(self) -> str:
        return "Playwright server" if self.ws_endpoint else "Chrome DevTools Protocol"


def _checked_url(url: object, schemes: tuple[str, ...], name: str) -> str:
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in schemes or not parts.netloc:
        raise ConnectSettingError(f"{name} must be a {' or '.join(s + '://' for s in schemes)} "
                                  f"URL, not {url!r}")
    return url


def connect_setting(value: Mapping | None, environ: Mapping[str, str] = os.environ
                    ) -> Connect | None:
    """The `use.connect` dict checked, else the environment's endpoint; None: launch locally."""
    if value is None:
        if environ.get(WS_ENDPOINT_VARIABLE):
            value = {"ws_endpoint": environ[WS_ENDPOINT_VARIABLE]}
        elif environ.get(CDP_ENDPOINT_VARIABLE):
            value = {"cdp_endpoint": environ[CDP_ENDPOINT_VARIABLE]}
        else:
            return None
    if not isinstance(value, Mapping):
        raise ConnectSettingError(f"must be a dict or None, not {value!r}")
    extra = sorted(set(value) - CONNECT_KEYS)
    if extra:
        raise ConnectSettingError(f"unknown setting(s) {', '.join(extra)} "
                                  f"(known: {', '.join(sorted(CONNECT_KEYS))})")
    ws, cdp = value.get("ws_endpoint"), value.get("cdp_endpoint")
    if bool(ws) == bool(cdp):
        raise ConnectSettingError("needs exactly one of ws_endpoint (a Playwright server) and "
                                  "cdp_endpoint (a Chromium's DevTools)")
    timeout = value.get("timeout", DEFAULT_TIMEOUT)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout < 0:
        raise ConnectSettingError(f"timeout must be milliseconds (0: none), not {timeout!r}")
    headers = value.get("headers") or {}
    if not isinstance(headers, Mapping):
        raise ConnectSettingError(f"headers must be a dict, not {headers!r}")
    if cdp and value.get("expose_network"):
        raise ConnectSettingError("expose_network works with ws_endpoint only (Playwright's "
                                  "server); a DevTools browser must reach the portal itself")
    return Connect(
        ws_endpoint=_checked_url(ws, WS_SCHEMES, "ws_endpoint") if ws else None,
        cdp_endpoint=_checked_url(cdp, CDP_SCHEMES, "cdp_endpoint") if cdp else None,
        headers={str(k): str(v) for k, v in headers.items()},
        timeout=float(timeout),
        expose_network=value.get("expose_network"),
    )


def with_endpoint(connect: Connect | None, ws_endpoint: str | None = None,
                  cdp_endpoint: str | None = None) -> Connect | None:
    """`connect` pointed at the command line's endpoint (its headers and timeout kept)."""
    if ws_endpoint and cdp_endpoint:
        raise ConnectSettingError("--connect and --connect-cdp: give one of them")
    if not (ws_endpoint or cdp_endpoint):
        return connect
    base = connect or Connect()
    if ws_endpoint:
        return replace(base, ws_endpoint=_checked_url(ws_endpoint, WS_SCHEMES, "--connect"),
                       cdp_endpoint=None)
    return replace(base, cdp_endpoint=_checked_url(cdp_endpoint, CDP_SCHEMES, "--connect-cdp"),
                   ws_endpoint=None, expose_network=None)


def launch_options(headless: bool, args: list[str], executable_path: str | None = None,
                   channel: str | None = None) -> dict:
    """The launch options a Playwright server reads from LAUNCH_OPTIONS_HEADER (its own
    spelling). The server takes `args` and `executablePath` only when run with --unsafe."""
    options: dict = {"headless": headless, "args": list(args)}
    if executable_path:
        options["executablePath"] = executable_path
    if channel:
        options["channel"] = channel
    return options


def connect_browser(browser_type: BrowserType, connect: Connect, launch: dict,
                    slow_mo: float = 0) -> Browser:
    """The browser at `connect`'s endpoint (RemoteBrowserError says why not)."""
    try:
        if connect.ws_endpoint:
            headers = {LAUNCH_OPTIONS_HEADER: json.dumps(launch), **connect.headers}
            return browser_type.connect(connect.ws_endpoint, timeout=connect.timeout,
                                        slow_mo=slow_mo, headers=headers,
                                        expose_network=connect.expose_network)
        return browser_type.connect_over_cdp(connect.cdp_endpoint, timeout=connect.timeout,
                                             slow_mo=slow_mo, headers=connect.headers or None)
    except PlaywrightError as exc:
        raise RemoteBrowserError(unreachable_message(connect, exc.message)) from exc


def unreachable_message(connect: Connect, problem: str) -> str:
    """What failed, where, and what to check."""
    first_line = next((line.strip() for line in problem.splitlines() if line.strip()), problem)
    if connect.ws_endpoint:
        check = ("is a Playwright server listening there, of the same version "
                 f"({version('playwright')})? e.g. `.venv/bin/python -m playwright run-server "
                 "--port 3000 --unsafe`")
    else:
        check = ("is a Chromium listening there, started with --remote-debugging-port? "
                 "(its http:// address, e.g. http://127.0.0.1:9222)")
    return (f"cannot connect to the browser at {connect.endpoint} ({connect.protocol}; "
            f"use.connect, --connect / --connect-cdp, {WS_ENDPOINT_VARIABLE} / "
            f"{CDP_ENDPOINT_VARIABLE}): {first_line}\n{check}")
