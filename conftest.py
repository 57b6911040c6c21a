"""The harness's pytest plugins (fixtures/), registered for every test under this folder."""

pytest_plugins = [
    "fixtures.run_settings",
    "fixtures.portal",
    "fixtures.personas",
    "fixtures.clock",
    "fixtures.login",
    "fixtures.browser",
    "fixtures.reports",
]
