"""What the browser asked for, read from the request journal: login without the UI opens no
portal page, and a double click on 提交 posts once."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
pytestmark = pytest.mark.portal_wide("journal", "faults")


@pytest.fixture
def journal(admin):
    """The control API, the journal emptied first (the worker's portal is shared) and the fault
    rules cleared after the test."""
    admin.clear_journal()
    yield admin
    admin.clear_faults()


def test_login_without_the_ui_asks_the_portal_for_the_oauth_routes_only(persona, login,
                                                                        journal):
    login(persona)

    paths = [entry["path"].split("?")[0] for entry in journal.journal(origin="portal")]
    assert paths == ["/login", "/oauth/callback"]


def test_a_double_click_on_submit_posts_once(declare, journal):
    confirmation = declare("8000")
    # A slow answer, so the second click lands while the first 提交 is still on its way.
    journal.set_faults({"origin": "portal", "method": "POST", "path": "/declaration/confirm",
                        "delay_ms": 300})
    journal.clear_journal()

    success = confirmation.submit_with_double_click()

    expect(success.case_number).to_be_visible()
    posts = journal.journal(path="/declaration/confirm", method="POST")
    assert [(entry["status"], entry["fault"]) for entry in posts] == [(302, {"delay_ms": 300})]
    assert posts[0]["ms"] >= 300
