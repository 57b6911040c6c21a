"""The e2e harness's pytest plugins (fixtures/), registered for every test under this folder."""

pytest_plugins = [
    "fixtures.settings",
    "fixtures.plugin",
    "fixtures.reports",
    # `pytester`, for tests/harness/: the harness run as an inner pytest session
    "pytester",
]
