"""Every run setting of the e2e suite in one place, like Playwright Test's playwright.config.ts.

The harness loads this file by path (support/run_settings.py). Sections follow Playwright Test:
where the portal lives, the per-test `timeout`, `use` (browser, context, timeouts, artifacts),
`expect`, `output_dir`, `retries`, `web_server`, `projects`. pytest-playwright's own flags win
over this file: --headed, --browser-channel, --device, --slowmo, --tracing, --video,
--screenshot, --output, --base-url. The engine is pytest-playwright's --browser alone (repeatable,
default chromium); `--project NAME` (repeatable) picks the projects.
"""

import os

CI = bool(os.environ.get("CI"))

config = {
    # The portal under test and its identity platform. None: start our own (see web_server),
    # one per pytest-xdist worker. Set both (or pass --base-url) to test a portal started
    # elsewhere; it must run with --test-mode and MOCK_PORTAL_CAPTCHA set to web_server's value.
    # With base_url set and idp_url None, the identity platform is found from the portal's
    # /login redirect.
    "base_url": None,  # e.g. "http://127.0.0.1:8000"
    "idp_url": None,  # e.g. "http://localhost:8001"
    # The control API's token, for a portal run with MOCK_PORTAL_ADMIN_TOKEN: the harness sends
    # it as `Authorization: Bearer …` (our own portal gets it too). None: the environment's
    # MOCK_PORTAL_ADMIN_TOKEN, if set.
    "admin_token": None,

    # Per test, in milliseconds, set-up and tear-down included (pytest-timeout): a test that
    # hangs fails with a timeout and the run goes on. 0: none. --timeout SECONDS wins.
    "timeout": 300_000,

    "use": {
        # Which executable: this path, else $E2E_BROWSER_PATH, else Playwright's own installed
        # browser, else the first existing system browser below (headless / headed).
        "executable_path": None,
        "system_browsers": {
            "headless": ["/usr/lib/chromium/chromium-headless-shell",
                         "/usr/lib/chromium/chromium"],
            "headed": ["/usr/lib/chromium/chromium"],
        },
        # A browser elsewhere instead of launching one: {"ws_endpoint": "ws://host:3000/"} (a
        # Playwright server, `python -m playwright run-server`; optional "headers", "timeout"
        # in ms, "expose_network": "<loopback>") or {"cdp_endpoint": "http://host:9222"} (a
        # Chromium's DevTools, as browser grids offer). None: $E2E_CONNECT_WS_ENDPOINT or
        # $E2E_CONNECT_CDP_ENDPOINT if set, else launch here. --connect / --connect-cdp win.
        "connect": None,
        "headless": True,
        "slow_mo": 0,  # milliseconds between Playwright operations
        # Chromium flags: no outside connections (update checks, sync, metrics). As root, Chromium
        # also needs --no-sandbox; it is added then.
        "chromium_args": [
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
        # Browser context.
        "viewport": {"width": 1280, "height": 800},
        "locale": "zh-CN",
        "timezone_id": "Asia/Shanghai",
        # Timeouts in milliseconds (0 = none).
        "action_timeout": 10_000,  # click, fill, wait_for …
        "navigation_timeout": 15_000,  # goto, reload, wait_for_url …
        # Artifacts per test, spelled as in Playwright Test. trace: "off", "on",
        # "retain-on-failure" (kept only when the test fails) or "on-first-retry" (recorded on
        # the first retry only; needs retries), or Playwright Test's object {"mode": …,
        # "screenshots": bool, "snapshots": bool, "sources": bool} (each True when left out) to
        # record less: screenshots is the filmstrip, snapshots each action's page; --tracing
        # changes the mode only. screenshot: "off", "on", "only-on-failure".
        # video: "off", "on", "retain-on-failure".
        # No filmstrip by default: each action's page (snapshots) and the failure screenshot
        # stay; "screenshots": True brings the frames between actions back (D55).
        "trace": {"mode": "retain-on-failure", "screenshots": False},
        "screenshot": "only-on-failure",
        "video": "off",
    },

    "expect": {
        "timeout": 5_000,  # how long expect(...) retries an assertion, in milliseconds
        # expect_screenshot's defaults (fixtures/screenshots.py), as Playwright Test's
        # toHaveScreenshot options: threshold (0–1, per pixel's colour), maxDiffPixels,
        # maxDiffPixelRatio, animations, caret, scale, fullPage, maskColor, timeout.
        "toHaveScreenshot": {
            "threshold": 0.2,
            "maxDiffPixels": 0,
            "animations": "disabled",
            "caret": "hide",
            "scale": "css",
        },
    },

    # Traces, screenshots, videos (one folder per test) and the portal logs (portal-<worker>.log).
    "output_dir": "test-results",

    # Run a failed test again this many times (pytest-rerunfailures). Ours stays 0: a flaky test
    # is a bug, fixed at its cause. For suites that need it, with trace "on-first-retry".
    "retries": 0,

    # How to start our own portal. {python} is this interpreter; {port} / {idp_port} are free
    # ports (or the fixed ones below); {db} is a fresh SQLite file in a temporary folder.
    "web_server": {
        "command": ["{python}", "-m", "mock_portal", "--port", "{port}",
                    "--idp-port", "{idp_port}", "--test-mode", "--db", "{db}"],
        "port": None,  # None: a free port per worker
        "idp_port": None,
        # Ready once every URL answers 200 ({portal_url} and {idp_url} are filled in).
        "ready_urls": ["{portal_url}/healthz", "{idp_url}/healthz"],
        "timeout": 30,  # seconds to become ready
        # With fixed ports: use a portal already answering there (e.g. `make portal`) instead of
        # starting one, except on CI. Ignored with free ports.
        "reuse_existing_server": not CI,
        "env": {"MOCK_PORTAL_CAPTCHA": "1488"},
    },

    # Which run: `--project NAME` (repeatable), else those with "default": True. "use" entries
    # override the ones above (except trace, screenshot and video: one of each per run).
    # "markers": only tests carrying one of these pytest markers run in that project (as
    # Playwright Test's `grep` on tags). Each project runs on every engine of --browser, and
    # test ids name both: test_x[mobile-chromium]. Firefox and WebKit run only where
    # Playwright's own builds are installed (tests skip otherwise); Firefox has no phone.
    "projects": [
        {"name": "desktop", "default": True},
        # Many users come from the 北京通 app: a phone. Only what differs at a phone's width: the
        # guide's walk, pictured, and the controls the phone puts elsewhere, marked `mobile`
        # (docs/decisions.md D23, D53).
        {"name": "mobile", "default": True, "markers": ["mobile"],
         "use": {"device": "Pixel 7"}},
    ],
}
