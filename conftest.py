"""The harness's pytest plugins (fixtures/), registered for every test under this folder."""

pytest_plugins = [
    "fixtures.run_settings",
    "fixtures.portal",
    "fixtures.personas",
    "fixtures.clock",
    "fixtures.login",
    "fixtures.browser",
    "fixtures.reports",
    "fixtures.aria_snapshots",
    # Inner pytest runs for the harness's own tests (tests/harness); only the top-level conftest
    # may register plugins.
    "pytester",
]
