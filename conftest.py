"""The harness's pytest plugins (fixtures/), registered for every test under this folder, and
`base_url`."""

import pytest

from support.portal_process import Portal

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


@pytest.fixture(scope="session")
def base_url(portal: Portal) -> str:
    """The portal's URL (no trailing slash), so pages open with relative paths
    (`page.goto("/")`). A conftest's fixture overrides a plugin's of the same name:
    pytest-playwright's `base_url` (its --base-url) goes into `portal` instead."""
    return portal.portal_url
