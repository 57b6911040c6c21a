"""Remote browsers: the guide's journey (e2e/test_journey.py, run as an inner suite) through a
Playwright server and through a Chromium's DevTools, each started here on loopback and stopped
at the end; an endpoint nobody listens on fails with where and what to check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support import browsers
from support.browser_endpoints import DevToolsChromium, PlaywrightServer
from support.ports import LOOPBACK, free_port
from support.run_settings import load

ROOT = Path(__file__).resolve().parents[2]
#: Where a local launch would look: nothing there, so a run that passes used the remote one.
NO_LOCAL_BROWSER = "/nonexistent/chromium"
#: The guide's ten steps on its sample day, from e2e/test_journey.py.
JOURNEY = "test_the_guides_sample_step_by_step"
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
def journey_suite(inner):
    """The inner project with e2e/test_journey.py and e2e/conftest.py in a folder of their own."""
    folder = inner.path / "journey"
    folder.mkdir()
    shutil.copy(ROOT / "e2e" / "conftest.py", folder / "conftest.py")
    shutil.copy(ROOT / "e2e" / "test_journey.py", folder / "test_journey.py")
    return inner


def test_the_journey_runs_in_a_browser_of_a_playwright_server(journey_suite, chromium):
    server = PlaywrightServer(debug=True)
    with server as endpoint:
        # The launch options name the system Chromium; the server takes them with --unsafe.
        journey_suite.write_config(use={"connect": {"ws_endpoint": endpoint},
                                        "executable_path": chromium})

        # The journey is marked mobile; one project is enough to show the remote browser works.
        result = journey_suite.run("journey", "-k", JOURNEY, "-p", "no:randomly",
                                   "--project", "desktop-chromium")

    result.assert_outcomes(passed=1)
    assert 'engaged launch mode for "chromium"' in "\n".join(server.output)


def test_the_journey_runs_in_a_chromium_over_devtools(journey_suite, chromium):
    journey_suite.write_config(use={"executable_path": NO_LOCAL_BROWSER})
    with DevToolsChromium(chromium, browsers.chromium_args(())) as endpoint:

        result = journey_suite.run("journey", "-k", JOURNEY, "-p", "no:randomly",
                                   "--project", "desktop-chromium", "--connect-cdp", endpoint)

    result.assert_outcomes(passed=1)


@pytest.mark.parametrize(("flag", "url", "protocol"), [
    ("--connect", "ws://{host}:{port}/", "Playwright server"),
    ("--connect-cdp", "http://{host}:{port}", "Chrome DevTools Protocol"),
])
def test_an_endpoint_nobody_listens_on_fails_saying_where_and_what_to_check(
        inner, flag, url, protocol):
    inner.write_tests(NEEDS_A_BROWSER)
    endpoint = url.format(host=LOOPBACK, port=free_port())

    result = inner.run(flag, endpoint)

    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([f"*cannot connect to the browser at {endpoint} ({protocol};*"])
