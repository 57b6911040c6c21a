"""Inner pytest runs for the harness's own tests: a throw-away project with the harness's plugins,
a config and a small synthetic suite of the test's own, never our own suite.

A run is its own process (`run`), as a user's run is; a run that launches no Playwright of its
own may run in the test's process (`run_in_process`): the same plugins, without a second Python
start and its imports (a browser run borrows the outer Playwright: OuterPlaywright; a portal it
starts is still a process).
"""

from __future__ import annotations

import copy
import os
import pprint
import runpy
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

# Imported here, before any in-process run: pytester drops the modules a run imported when it
# ends, so a run with pytest-randomly on would import it, and Faker with it (half a second), anew
# each time when the outer run has it off (-p no:randomly).
import pytest_randomly  # noqa: F401
from playwright._impl import _assertions

ROOT = Path(__file__).resolve().parents[2]
CONFIG_FILE = "playwright.config.py"
#: A guard against a hung inner run, in seconds; never a speed limit.
HANG_GUARD = 300
#: pytester points HOME at its temporary folder; the inner runs need the real one, where
#: Playwright keeps its own browsers and fontconfig its cache.
REAL_HOME = str(Path.home())
#: What the outer run sets that an inner run must not inherit: it is no xdist worker of ours,
#: and it finds its browser and its timeout by its own config.
OUTER_RUN_VARIABLES = ("PYTEST_XDIST_WORKER", "PYTEST_XDIST_WORKER_COUNT",
                       "PYTEST_XDIST_TESTRUNUID", "PYTEST_ADDOPTS", "PYTEST_TIMEOUT",
                       "E2E_BROWSER_PATH")
#: -p no:faker as pyproject.toml's addopts (not read by an inner run): no session-wide Faker;
#: -p no:hypothesispytest: no inner suite uses Hypothesis, whose plugin imports all of it at the
#: end of every run (a second or more).
COMMON_ARGS = ("-p", "no:cacheprovider", "-p", "no:faker", "-p", "no:hypothesispytest")


def inner_environment(**extra: str) -> dict[str, str]:
    """This process's environment for an inner run that imports the harness from this checkout,
    as a plain run would, plus `extra`."""
    env = {key: value for key, value in os.environ.items() if key not in OUTER_RUN_VARIABLES}
    return {**env, "HOME": REAL_HOME, "PYTHONPATH": str(ROOT), **extra}


class InnerProject:
    """A throw-away project folder with the root conftest.py (the harness's plugins), a config
    file and test files; `harness=False` leaves both out, for a script that runs pytest itself."""

    def __init__(self, path: Path, pytester: pytest.Pytester | None = None,
                 harness: bool = True) -> None:
        self.path = path
        self.pytester = pytester
        if harness:
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
        path = self.path / f"{name}.py"
        path.write_text(textwrap.dedent(source).strip() + "\n", encoding="utf-8")
        return path

    def run(self, *args: str, env: dict[str, str] | None = None) -> pytest.RunResult:
        """pytest in a process of its own, from the inner project's folder; `env` adds to its
        environment."""
        # A basetemp of its own: the default one would prune the outer run's numbered folders.
        basetemp = () if any(a.startswith("--basetemp") for a in args) else (
            f"--basetemp={self.path / 'basetemp'}",)
        return self.run_command([sys.executable, "-m", "pytest", *COMMON_ARGS, *basetemp, *args],
                                env)

    def run_command(self, command: list[str], env: dict[str, str] | None = None
                    ) -> pytest.RunResult:
        """Any command from the inner project's folder, as a pytester result."""
        started = time.monotonic()
        done = subprocess.run(command, cwd=self.path, env=inner_environment(**(env or {})),
                              stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=HANG_GUARD)
        return pytest.RunResult(done.returncode, done.stdout.splitlines(),
                                done.stderr.splitlines(), time.monotonic() - started)

    def run_in_process(self, *args: str, plugins: tuple[object, ...] = (),
                       outer_playwright=None) -> pytest.RunResult:
        """pytest in this process, for runs that launch no Playwright of their own (a browser
        run borrows the outer one, `outer_playwright`: a second sync Playwright cannot start
        here) and need no process of their own (module state such as a shared portal's salt is
        per process); `plugins` are registered for the run."""
        assert self.pytester is not None, "an in-process run needs the `inner` fixture"
        if outer_playwright is not None:
            self._borrow_playwright()
            plugins = (*plugins, OuterPlaywright(outer_playwright))
        # pytest-playwright opens Playwright's soft-assertion scope around every test call, and
        # scopes do not nest: the inner run's tests get one of their own.
        outer_scope = _assertions._soft_errors
        _assertions._soft_errors = None
        try:
            return self.pytester.runpytest_inprocess(*COMMON_ARGS, *args, plugins=list(plugins))
        finally:
            _assertions._soft_errors = outer_scope

    def _borrow_playwright(self) -> None:
        """The inner conftest.py's `playwright` becomes OuterPlaywright's (BORROWED_PLAYWRIGHT);
        the project's runs are in process from then on."""
        conftest = self.path / "conftest.py"
        source = conftest.read_text(encoding="utf-8")
        if BORROWED_PLAYWRIGHT not in source:
            conftest.write_text(source + BORROWED_PLAYWRIGHT, encoding="utf-8")

    @property
    def results(self) -> Path:
        """The inner run's output folder (output_dir of the config)."""
        return self.path / "test-results"


#: Added to an inner conftest.py (which imports pytest) when its run borrows this process's
#: Playwright (run_in_process's `outer_playwright`): a conftest's fixture overrides
#: pytest-playwright's `playwright`, a plugin's cannot.
BORROWED_PLAYWRIGHT = """


@pytest.fixture(scope="session")
def playwright(outer_playwright):
    return outer_playwright
"""


class OuterPlaywright:
    """A plugin for an in-process inner run: this process's Playwright as `outer_playwright`,
    which the inner conftest's `playwright` hands on (BORROWED_PLAYWRIGHT)."""

    def __init__(self, playwright) -> None:
        self.playwright = playwright

    @pytest.fixture(scope="session")
    def outer_playwright(self):
        """Session scope; the outer run's Playwright, handed to the inner run's tests."""
        return self.playwright


def collected(result: pytest.RunResult) -> list[str]:
    """The node ids an inner `--collect-only -q` run lists, in its order."""
    return [line for line in result.outlines if "::" in line]
