"""What the browser asked for, read from the request journal: login without the UI opens no
portal page, and a double click on 提交 posts once."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from support.reach import CONFIRM_POST

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
pytestmark = pytest.mark.portal_wide("journal", "faults")


def test_login_without_the_ui_asks_the_portal_for_the_oauth_routes_only(persona, login, admin,
                                                                        journal_emptied):
    login(persona)

    paths = [entry["path"].split("?")[0] for entry in admin.journal(origin="portal")]
    assert paths == ["/login", "/oauth/callback"]


def test_a_double_click_on_submit_posts_once(confirmation_of, admin, set_faults):
    confirmation = confirmation_of("8000")
    # A slow answer, so the second click lands while the first 提交 is still on its way.
    set_faults({**CONFIRM_POST, "delay_ms": 300})
    admin.clear_journal()

    success = confirmation.submit_with_double_click()

    expect(success.case_number).to_be_visible()
    posts = admin.journal(**CONFIRM_POST)
    assert [(entry["status"], entry["fault"]) for entry in posts] == [(302, {"delay_ms": 300})]
    assert posts[0]["ms"] >= 300
