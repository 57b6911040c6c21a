"""The e2e harness's pytest plugins (fixtures/), registered for every test under this folder."""

pytest_plugins = [
    "fixtures.settings",
    "fixtures.plugin",
    "fixtures.reports",
    # Inner pytest runs for the harness's own tests (tests/harness); only the top-level conftest
    # may register plugins.
    "pytester",
]
