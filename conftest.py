"""The harness's pytest plugins (fixtures/), registered for every test under this folder."""

pytest_plugins = [
    "fixtures.run_settings",
    "fixtures.projects",
    "fixtures.sharding",
    "fixtures.portal",
    "fixtures.shared_portal",
    "fixtures.portal_state",
    "fixtures.personas",
    "fixtures.clock",
    "fixtures.login",
    "fixtures.screens",
    "fixtures.portal_changes",
    "fixtures.artifacts",
    "fixtures.browser",
    "fixtures.remote_browser",
    "fixtures.reports",
    "fixtures.failure_context",
    "fixtures.steps",
    "fixtures.screenshots",
    "fixtures.aria_snapshots",
    "fixtures.tier_cost",
    # Inner pytest runs for the harness's own tests (tests/harness); only the top-level conftest
    # may register plugins.
    "pytester",
]
