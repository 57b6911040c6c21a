"""How long a test spends logging in: the `login` fixture's API walk vs the identity page.

`python -m benchmarks.login [--rounds N]` starts a portal, logs N fresh personas in each way
in fresh browser contexts, and prints median and 90th percentile of both in the same run, with
their ratio. The UI login is the reference: the fixture exists so that tests not about login
don't pay for it.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from playwright.sync_api import BrowserContext, expect, sync_playwright

from pages import IdentityLoginPage, MySpacePage
from support import browsers
from support.control_api import ControlApi
from support.login import log_in
from support.persona_factory import PersonaFactory
from support.personas import Persona
from support.portal_process import Portal, PortalProcess
from support.run_settings import CONFIG_FILE, load
from support.transport import PlaywrightTransport

ROOT = Path(__file__).resolve().parent.parent


def api_login(context: BrowserContext, portal: Portal, persona: Persona,
              captcha: str | None) -> None:
    log_in(PlaywrightTransport(context.request), portal.portal_url, persona.username,
           persona.password, captcha)


def ui_login(context: BrowserContext, portal: Portal, persona: Persona) -> None:
    page = context.new_page()
    page.goto(f"{portal.portal_url}/login?next=/space/")
    IdentityLoginPage(page).log_in(persona.username, persona.password, then=MySpacePage)
    expect(page).to_have_url(f"{portal.portal_url}/space/")


def measure(way: Callable, rounds: int, context_factory, portal: Portal,
            make_persona: PersonaFactory) -> list[float]:
    """Seconds per login, each in a fresh context with a fresh persona."""
    seconds = []
    for _ in range(rounds):
        persona = make_persona()
        context = context_factory()
        try:
            started = time.perf_counter()
            way(context, portal, persona)
            seconds.append(time.perf_counter() - started)
        finally:
            context.close()
    return seconds


def summary(name: str, seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p90 = ordered[max(0, round(0.9 * len(ordered)) - 1)]
    return (f"{name:<24} median {statistics.median(ordered) * 1000:7.1f} ms   "
            f"p90 {p90 * 1000:7.1f} ms   ({len(ordered)} logins)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.login", description=__doc__)
    parser.add_argument("--rounds", type=int, default=10, help="logins of each kind (default 10)")
    args = parser.parse_args(argv)
    settings = load(ROOT / CONFIG_FILE)
    log = ROOT / "test-results" / "benchmark-portal.log"
    log.parent.mkdir(exist_ok=True)
    with PortalProcess(settings.web_server, log, cwd=ROOT) as portal, sync_playwright() as pw:
        browser = browsers.launch_chromium(pw, settings, headless=True)
        make_persona = PersonaFactory(ControlApi.over_http(portal.portal_url), "benchmark")
        fixture_way = partial(api_login, captcha=settings.captcha)
        # One warm-up each, so neither side pays for first-request start-up.
        for way in (fixture_way, ui_login):
            measure(way, 1, browser.new_context, portal, make_persona)
        api = measure(fixture_way, args.rounds, browser.new_context, portal, make_persona)
        ui = measure(ui_login, args.rounds, browser.new_context, portal, make_persona)
        browser.close()
    print(summary("login fixture (API)", api))
    print(summary("identity page (UI)", ui))
    print(f"the fixture takes {statistics.median(api) / statistics.median(ui):.0%} "
          "of a UI login's median time")


if __name__ == "__main__":
    main()
