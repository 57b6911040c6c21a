"""`make record`'s program: the public `playwright codegen` where Playwright's own Chromium is
installed, the private recorder call for any other Chromium (the same browser discovery as the
tests), each in a timed smoke run under Xvfb that writes the recording."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.record import codegen_command, parse_args
from support.run_settings import load

ROOT = Path(__file__).resolve().parents[2]
RECORD = "scripts.record"
#: A guard against a hung recorder, in seconds; never a speed limit.
HANG_GUARD = 300
SYSTEM_CHROMIUM = "/usr/lib/chromium/chromium"
needs_xvfb = pytest.mark.skipif(
    shutil.which("xvfb-run") is None,
    reason="xvfb-run is not installed (apt-get install xvfb; `make test` installs it where it can)")


def run_recorder(output: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The recorder under xvfb-run, closing by itself as soon as it started recording (the first
    page's goto is in the file: --timeout counts from there, in both of scripts/record.py's
    ways)."""
    return subprocess.run(["xvfb-run", "-a", sys.executable, "-m", RECORD, "--timeout", "0.2",
                           "--output", str(output)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=HANG_GUARD)


def test_codegen_records_pytest_code_into_the_file_with_data_testid_and_the_config_context():
    settings = load(ROOT / "playwright.config.py")
    args = parse_args(["--output", "recordings/search_test.py"])

    command = codegen_command(args, settings, Path("/r/search_test.py"), "http://127.0.0.1:8000/")

    assert command == [sys.executable, "-m", "playwright", "codegen",
                       "--target", "python-pytest", "--output", "/r/search_test.py",
                       "--test-id-attribute", "data-testid",
                       "--lang", "zh-CN", "--timezone", "Asia/Shanghai",
                       "--viewport-size", "1280,800", "http://127.0.0.1:8000/"]


def playwright_chromium_at(browsers_path: Path, playwright) -> None:
    """Make `browsers_path` look like a finished `playwright install chromium` whose Chromium is
    the system's (a link), so codegen can launch it here without Playwright's download. The
    layout below the folder (chromium-<revision>/...) is that of this process's Playwright."""
    own = Path(playwright.chromium.executable_path)
    install = next(part for part in own.parts if part.startswith("chromium-"))
    executable = browsers_path / Path(*own.parts[own.parts.index(install):])
    executable.parent.mkdir(parents=True)
    executable.symlink_to(SYSTEM_CHROMIUM)
    (browsers_path / install / "INSTALLATION_COMPLETE").touch()


@pytest.mark.slow
@needs_xvfb
@pytest.mark.skipif(not os.access(SYSTEM_CHROMIUM, os.X_OK),
                    reason=f"needs Debian's chromium at {SYSTEM_CHROMIUM}")
@pytest.mark.parametrize(("playwright_own", "says"), [
    (True, "record: playwright codegen, recording into"),
    (False, f"with {SYSTEM_CHROMIUM}; close the browser window"),
])
def test_the_recorder_follows_the_browser_the_tests_would_use(tmp_path, playwright, playwright_own,
                                                               says):
    browsers_path = tmp_path / "ms-playwright"
    browsers_path.mkdir()
    if playwright_own:
        playwright_chromium_at(browsers_path, playwright)
    env = {key: value for key, value in os.environ.items() if key != "E2E_BROWSER_PATH"}
    env["PLAYWRIGHT_BROWSERS_PATH"] = str(browsers_path)
    output = tmp_path / "flow_test.py"

    result = run_recorder(output, env)

    assert result.returncode == 0, result.stderr
    assert says in result.stdout
    assert f"record: wrote {output}" in result.stdout
    assert 'page.goto("/")' in output.read_text(encoding="utf-8")
