"""A portal run with MOCK_PORTAL_ADMIN_TOKEN, and the harness working against it: the token
from playwright.config.py's `admin_token` or from the environment."""

from __future__ import annotations

import pytest

TOKEN = "harness-token-of-the-test"

#: Tests of the inner run: the control API refuses a call without the token, the harness's
#: fixtures (admin, persona, clock) work, the outbox page stays open.
TOKEN_CHECKS = """
import pytest
import requests


def test_a_call_without_the_token_is_refused(portal):
    answer = requests.get(portal.portal_url + "/__admin/clock", timeout=10)

    assert answer.status_code == 401
    assert answer.json()["field"] == "Authorization"


@pytest.mark.portal_wide("clock")
def test_the_harness_sends_the_token(admin, persona, clock):
    clock.freeze("2022-06-11T09:30:00")

    found = admin.person(persona.phone)

    assert (found, admin.clock()["frozen"]) == (persona, True)


def test_the_outbox_page_stays_open(portal):
    answer = requests.get(portal.portal_url + "/__outbox/", timeout=10)

    assert answer.status_code == 200
"""


@pytest.mark.parametrize("where", ["config", "environment"])
def test_the_harness_works_against_a_portal_with_a_control_api_token(inner, monkeypatch,
                                                                      where):
    if where == "config":
        monkeypatch.delenv("MOCK_PORTAL_ADMIN_TOKEN", raising=False)
        inner.write_config(admin_token=TOKEN)
    else:
        monkeypatch.setenv("MOCK_PORTAL_ADMIN_TOKEN", TOKEN)
    inner.write_tests(TOKEN_CHECKS)

    result = inner.run_in_process("-p", "no:randomly")

    result.assert_outcomes(passed=3)
