"""`inner_run`: pytest run again inside a test, with the harness's settings plugin and a
playwright.config.py of the test's own (the repository's, with some settings changed)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Longest an inner run may take before pytester kills it (its own tests time out long before).
INNER_RUN_SECONDS = 120


@pytest.fixture
def inner_run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch):
    """`inner_run(settings, *args, plugins=("fixtures.settings",))`: write a config file that is
    the repository's with `settings` (top-level keys; `use` merged) set, a conftest.py that
    registers `plugins`, and run pytest on pytester's folder in a subprocess."""
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.delenv("PYTEST_ADDOPTS", raising=False)
    monkeypatch.delenv("PYTEST_TIMEOUT", raising=False)

    def run(settings: dict, *args: str, plugins: tuple[str, ...] = ("fixtures.settings",)):
        use = settings.pop("use", {})
        config = pytester.path / "inner.config.py"
        config.write_text(
            "from pathlib import Path\n"
            f"_source = Path({str(ROOT / 'playwright.config.py')!r})\n"
            "exec(compile(_source.read_text(encoding='utf-8'), str(_source), 'exec'))\n"
            f"config.update({settings!r})\n"
            f"config['use'].update({use!r})\n",
            encoding="utf-8")
        # Registered as the root conftest.py does, after pytest-playwright: of two plugins'
        # fixtures with one name (browser_type_launch_args …), the later registered wins.
        pytester.makeconftest(f"pytest_plugins = {list(plugins)!r}\n")
        # pytester kills an inner run that outlives `timeout`, so none is left behind.
        return pytester.runpytest_subprocess("--e2e-config", str(config),
                                             "-p", "no:randomly", "-p", "no:cacheprovider",
                                             *args, timeout=INNER_RUN_SECONDS)

    return run
