"""Browser discovery in its documented order, with fake executables and a fake Playwright layout.

Order: use.executable_path / $E2E_BROWSER_PATH (missing: an error); Playwright's own installed
build; the system list of the config (headless / headed); none: the commands that install one.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from support.browsers import BrowserNotFound, BrowserNotInstalled, find_executable

#: Playwright's build folders carry the browser revision; INSTALLATION_COMPLETE marks a finished
#: download.
REVISION = "1200"
#: A test that writes the launch arguments the harness gives pytest-playwright to launch.json
#: (it launches nothing: the inner run may be in process, over this process's Playwright).
LAUNCH_REPORT = """
import json
from pathlib import Path


def test_launch(browser_type_launch_args):
    Path("launch.json").write_text(json.dumps(browser_type_launch_args))
"""


def executable(path: Path) -> Path:
    """A shell script standing in for a browser binary."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)
    return path


def not_executable(path: Path) -> Path:
    """A file where a browser should be, without the permission to run."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("")
    return path


def absent(path: Path) -> Path:
    """Nothing at `path`."""
    return path


def playwright_build(root: Path, folder: str, binary: str, complete: bool = True) -> Path:
    """A browser in Playwright's layout: <root>/<folder>-<revision>/<binary>."""
    build = root / f"{folder}-{REVISION}"
    exe = executable(build / binary)
    if complete:
        (build / "INSTALLATION_COMPLETE").touch()
    return exe


def fake_playwright(**executables: Path) -> SimpleNamespace:
    """Where a Playwright object says its own browsers live."""
    return SimpleNamespace(**{name: SimpleNamespace(executable_path=str(path))
                              for name, path in executables.items()})


@pytest.fixture
def own_chromium(tmp_path: Path) -> Path:
    """Playwright's own full Chromium build, completely installed."""
    return playwright_build(tmp_path / "ms-playwright", "chromium", "chrome-linux/chrome")


@pytest.fixture
def system(tmp_path: Path) -> dict[str, list[str]]:
    """The config's system lists: a missing path, a file that cannot run, then two browsers."""
    broken = not_executable(tmp_path / "usr/lib/broken/chrome")
    shell = executable(tmp_path / "usr/lib/chromium/chromium-headless-shell")
    full = executable(tmp_path / "usr/lib/chromium/chromium")
    return {"headless": [str(tmp_path / "nowhere/chrome"), str(broken), str(shell),
                         str(full)],
            "headed": [str(full)]}


def test_an_explicit_path_comes_first(tmp_path, own_chromium, system):
    explicit = executable(tmp_path / "opt/chrome/chrome")

    found = find_executable(fake_playwright(chromium=own_chromium), "chromium", True,
                            str(explicit), system)

    assert found == str(explicit)


@pytest.mark.parametrize("make", [absent, not_executable])
def test_an_explicit_path_that_cannot_run_is_an_error_even_with_other_browsers(
        tmp_path, own_chromium, system, make):
    explicit = make(tmp_path / "opt/chrome/chrome")

    with pytest.raises(BrowserNotFound) as error:
        find_executable(fake_playwright(chromium=own_chromium), "chromium", True, str(explicit),
                        system)

    assert str(error.value) == (f"browser executable {explicit} does not exist or cannot run "
                                "(use.executable_path / E2E_BROWSER_PATH)")


def test_headed_playwrights_own_build_comes_before_the_system_list(own_chromium, system):
    found = find_executable(fake_playwright(chromium=own_chromium), "chromium", False, None,
                            system)

    assert found is None  # Playwright launches its own build


def test_headless_playwrights_own_headless_shell_comes_before_the_system_list(
        tmp_path, own_chromium, system):
    playwright_build(tmp_path / "ms-playwright", "chromium_headless_shell",
                     "chrome-headless-shell-linux64/chrome-headless-shell")

    found = find_executable(fake_playwright(chromium=own_chromium), "chromium", True, None,
                            system)

    assert found is None  # Playwright launches its own headless shell


def test_headless_without_playwrights_shell_its_full_build_runs_headless(own_chromium, system):
    found = find_executable(fake_playwright(chromium=own_chromium), "chromium", True, None,
                            system)

    assert found == str(own_chromium)


@pytest.mark.parametrize("headless, expected", [
    (True, "usr/lib/chromium/chromium-headless-shell"),
    (False, "usr/lib/chromium/chromium"),
])
def test_an_unfinished_playwright_download_gives_way_to_the_first_system_browser_that_runs(
        tmp_path, system, headless, expected):
    unfinished = playwright_build(tmp_path / "ms-playwright", "chromium", "chrome-linux/chrome",
                                  complete=False)

    found = find_executable(fake_playwright(chromium=unfinished), "chromium", headless, None,
                            system)

    assert found == str(tmp_path / expected)


def test_no_browser_at_all_fails_with_the_commands_that_install_one(tmp_path):
    absent = tmp_path / "ms-playwright/chromium-1200/chrome-linux/chrome"

    with pytest.raises(BrowserNotFound) as error:
        find_executable(fake_playwright(chromium=absent), "chromium", True, None,
                        {"headless": [str(tmp_path / "nowhere/chrome")]})

    message = str(error.value)
    assert message.startswith("no Chromium found for Playwright ")
    assert "(headless)" in message
    assert ".venv/bin/python -m playwright install chromium" in message
    assert "apt-get install chromium chromium-headless-shell fonts-noto-cjk" in message
    assert "E2E_BROWSER_PATH=/path/to/chrome" in message


def test_firefox_not_installed_is_skipped_with_its_install_command(tmp_path, system):
    absent = tmp_path / "ms-playwright/firefox-1200/firefox/firefox"

    with pytest.raises(BrowserNotInstalled) as error:
        find_executable(fake_playwright(firefox=absent), "firefox", True, None, system)

    assert str(error.value).startswith("firefox is not installed: `.venv/bin/python -m "
                                       "playwright install --with-deps firefox`")


def test_e2e_browser_path_is_the_browser_the_suite_launches(inner, tmp_path, monkeypatch,
                                                            playwright):
    browser = executable(tmp_path / "opt/chrome/chrome")
    inner.write_tests(LAUNCH_REPORT)
    monkeypatch.setenv("E2E_BROWSER_PATH", str(browser))

    result = inner.run_in_process(outer_playwright=playwright)

    result.assert_outcomes(passed=1)
    launch = json.loads((inner.path / "launch.json").read_text())
    assert launch["executable_path"] == str(browser)


def test_a_missing_e2e_browser_path_fails_the_tests_saying_so(inner, tmp_path, monkeypatch,
                                                              playwright):
    inner.write_tests(LAUNCH_REPORT)
    monkeypatch.setenv("E2E_BROWSER_PATH", str(tmp_path / "nowhere/chrome"))

    result = inner.run_in_process(outer_playwright=playwright)

    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([
        f"*browser executable {tmp_path}/nowhere/chrome does not exist or cannot run "
        "(use.executable_path / E2E_BROWSER_PATH)*",
    ])
