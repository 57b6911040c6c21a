"""The tier's own isolation (tests/app/worker_apps.py): the apps a worker keeps meet each test as
a mock starts, whatever the test before them left changed."""

from __future__ import annotations

import dataclasses

import pytest

from support.control_api import ControlApi, ControlApiError
from support.portal_state import left_changed


def test_the_next_test_meets_the_same_apps_as_a_mock_starts(worker_apps, portal_settings):
    first = worker_apps.fresh(portal_settings)
    admin = ControlApi.over_flask(first.portal.test_client(), portal_settings.portal_url)
    limits_at_start = admin.limits()
    settings_as_built = first.portal.config["SETTINGS"]
    # Everything a test can leave behind: a stored person, a journal entry, each of the mock's
    # conditions, and a changed config.
    stranger = admin.create_person()
    first.portal.test_client().get("/")
    admin.set_clock("2025-09-01T10:00:00+08:00", frozen=True)
    admin.set_limits({"2026": {"lower": 7500, "upper": 37000}})
    admin.set_faults({"path": "/item/", "status": 503})
    admin.idp_down()
    admin.set_sms_gateway("fail")
    first.portal.config["SETTINGS"] = dataclasses.replace(settings_as_built,
                                                          default_result="不予通过")

    again = worker_apps.fresh(portal_settings)

    assert again is first
    assert left_changed(admin, limits_at_start) == []
    assert admin.journal() == []
    assert again.portal.config["SETTINGS"] == settings_as_built
    with pytest.raises(ControlApiError):
        admin.person(stranger.phone)
    assert admin.person("13800138000").name == "张三"
