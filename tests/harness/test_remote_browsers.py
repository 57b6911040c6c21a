"""Remote browsers: a login through the identity page (both origins of the portal this run
serves, the harness's page objects) in a browser of a Playwright server and in a Chromium over
DevTools, each started here on loopback and stopped at the end (the inner runs in process: the
browser is elsewhere, driven by this process's Playwright); an endpoint nobody listens on
fails with where and what to check."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import browsers
from support.browser_endpoints import DevToolsChromium, PlaywrightServer, group_alive
from support.ports import LOOPBACK, free_port
from support.run_settings import load

ROOT = Path(__file__).resolve().parents[2]
#: Where a local launch would look: nothing there, so a run that passes used the remote one.
NO_LOCAL_BROWSER = "/nonexistent/chromium"
#: A page of the portal that asks for the login, the identity platform's login page (the other
#: origin), and back: what a remote browser must reach on this machine's loopback.
LOGS_IN = """
from playwright.sync_api import expect

from pages.identity import IdentityLoginPage
from pages.space import MySpacePage


def test_logs_in_through_the_identity_page(page, make_persona):
    persona = make_persona()
    page.goto("/space/")

    space = IdentityLoginPage(page).wait_until_ready().log_in(
        persona.username, persona.password, then=MySpacePage)

    expect(space.name).to_have_text(persona.name)
"""
#: A test that needs nothing but the browser.
NEEDS_A_BROWSER = """
def test_browser(browser):
    assert browser.is_connected()
"""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chromium(playwright) -> str:
    """A Chromium executable to run elsewhere: the one the harness would launch."""
    settings = load(ROOT / "playwright.config.py")
    found = browsers.find_executable(playwright, "chromium", True, settings.executable_path,
                                     settings.system_browsers)
    if found:
        return found
    own = Path(playwright.chromium.executable_path)
    return str(browsers.playwright_headless_shell(own) or own)


@pytest.fixture
def logs_in(inner):
    """The inner project with LOGS_IN, to run in process (the browser is remote, driven by this
    process's Playwright)."""
    inner.write_tests(LOGS_IN)
    return inner


def test_a_login_runs_in_a_browser_of_a_playwright_server(logs_in, chromium, playwright):
    server = PlaywrightServer(debug=True)
    with server as endpoint:
        group = server.process.pid
        # The launch options name the system Chromium; the server takes them with --unsafe.
        logs_in.write_config(use={"connect": {"ws_endpoint": endpoint},
                                  "executable_path": chromium})

        result = logs_in.run_in_process(outer_playwright=playwright)

    result.assert_outcomes(passed=1)
    assert 'engaged launch mode for "chromium"' in "\n".join(server.output)
    # Stopped, the server leaves nothing behind: its node child went with it.
    assert not group_alive(group)


def test_a_login_runs_in_a_chromium_over_devtools(logs_in, chromium, playwright):
    logs_in.write_config(use={"executable_path": NO_LOCAL_BROWSER})
    with DevToolsChromium(chromium, browsers.chromium_args(())) as endpoint:

        result = logs_in.run_in_process("--connect-cdp", endpoint, outer_playwright=playwright)

    result.assert_outcomes(passed=1)


@pytest.mark.parametrize(("flag", "url", "protocol"), [
    ("--connect", "ws://{host}:{port}/", "Playwright server"),
    ("--connect-cdp", "http://{host}:{port}", "Chrome DevTools Protocol"),
])
def test_an_endpoint_nobody_listens_on_fails_saying_where_and_what_to_check(
        inner, playwright, flag, url, protocol):
    inner.write_tests(NEEDS_A_BROWSER)
    endpoint = url.format(host=LOOPBACK, port=free_port())

    # No browser starts, so the run may be in process.
    result = inner.run_in_process(flag, endpoint, outer_playwright=playwright)

    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([f"*cannot connect to the browser at {endpoint} ({protocol};*"])
