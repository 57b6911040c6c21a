"""Inner pytest runs with the project's own plugins and a playwright.config.py of the test's own.

`pytester` itself is registered by the root conftest.py: pytest accepts `pytest_plugins` only in
the top-level conftest.
"""

from __future__ import annotations

import copy
import pprint
import runpy
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONFIG_FILE = "playwright.config.py"
#: A guard against a hung inner run, in seconds; never a speed limit.
HANG_GUARD = 300
#: pytester points HOME at its temporary folder; the inner runs need the real one, where
#: Playwright keeps its own browsers and fontconfig its cache.
REAL_HOME = str(Path.home())


class InnerProject:
    """A throw-away project folder with the root conftest.py, a config file and test files."""

    def __init__(self, pytester: pytest.Pytester) -> None:
        self.pytester = pytester
        self.path = pytester.path
        shutil.copy(ROOT / "conftest.py", self.path / "conftest.py")
        self.write_config()

    def write_config(self, use: dict | None = None, web_server: dict | None = None,
                     **top: object) -> dict:
        """playwright.config.py: the project's own, with `use`, `web_server` and top-level
        entries changed; returns the dict written."""
        config = copy.deepcopy(runpy.run_path(str(ROOT / CONFIG_FILE))["config"])
        config["use"].update(use or {})
        config["web_server"].update(web_server or {})
        config.update(top)
        (self.path / CONFIG_FILE).write_text(f"config = {pprint.pformat(config)}\n",
                                             encoding="utf-8")
        return config

    def write_tests(self, source: str, name: str = "test_inner") -> Path:
        """A test module in the inner project."""
        return self.pytester.makepyfile(**{name: source})

    def run(self, *args: str) -> pytest.RunResult:
        """pytest in a subprocess, from the inner project's folder."""
        # -p no:faker as pyproject.toml's addopts (not read here): no session-wide Faker.
        return self.pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:faker",
                                                  *args, timeout=HANG_GUARD)

    @property
    def results(self) -> Path:
        """The inner run's output folder (output_dir of the config)."""
        return self.path / "test-results"


@pytest.fixture
def inner(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> InnerProject:
    """An inner project whose runs import the harness from this checkout, as a plain run would
    (not as an xdist worker of the outer run, with no browser or timeout forced by the
    environment)."""
    monkeypatch.setenv("HOME", REAL_HOME)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    for name in ("PYTEST_XDIST_WORKER", "PYTEST_XDIST_WORKER_COUNT", "PYTEST_XDIST_TESTRUNUID",
                 "PYTEST_ADDOPTS", "PYTEST_TIMEOUT", "E2E_BROWSER_PATH"):
        monkeypatch.delenv(name, raising=False)
    return InnerProject(pytester)
