"""Each running mock has conditions of its own (mock_portal/conditions.py): what a test sets on
one mock's clock, limits table, identity platform and SMS gateway leaves another mock in the
same process as it started."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

import pytest
from flask import Flask

from mock_portal import conditions, server
from support.control_api import ControlApi
from support.expected import GUIDE_DAY
from support.portal_user import PortalUser

#: 张三, a demo persona every mock in test mode seeds.
PHONE = "13800138000"
#: A 2026 no published table has, set on one mock only.
LOW_2026 = {"2026": {"lower": "1000", "upper": "2000"}}


class Mock(NamedTuple):
    admin: ControlApi
    person: PortalUser


def _mock(settings, database) -> Mock:
    """A mock as `python -m mock_portal` builds it (server.build), on a database of its own."""
    settings = dataclasses.replace(settings, database=str(database))
    portal_app, idp_app = server.build(settings)
    return Mock(ControlApi.over_flask(portal_app.test_client(), settings.portal_url),
                PortalUser.over_flask(portal_app.test_client(), idp_app.test_client(), settings,
                                      login=PHONE))


def _login_code_sms(mock: Mock) -> dict:
    """获取验证码 on the platform's 短信登录 tab; the one message the gateway was handed."""
    mock.person.open_login_page("/space/", tab="sms")
    mock.person.request_code(PHONE)
    [message] = mock.admin.sms(PHONE)
    return message


def test_two_mocks_in_one_process_each_keep_their_own_conditions(portal_settings, tmp_path):
    moved, untouched = _mock(portal_settings, tmp_path / "moved.db"), _mock(
        portal_settings, tmp_path / "untouched.db")
    limits_at_start = untouched.admin.limits()

    moved.admin.set_clock(GUIDE_DAY, frozen=True)
    moved.admin.set_sms_gateway("fail")
    sent_where_moved, sent_where_untouched = _login_code_sms(moved), _login_code_sms(untouched)
    moved.admin.set_limits(LOW_2026)
    moved.admin.idp_down()

    assert (sent_where_moved["state"], sent_where_moved["sent_at"]) == ("发送失败", GUIDE_DAY)
    assert (untouched.admin.clock()["real"], untouched.admin.sms_gateway()["mode"],
            sent_where_untouched["state"]) == (True, "ok", "已发送")
    assert (moved.admin.limits()["2026"], moved.admin.idp_state()) == (
        LOW_2026["2026"], {"up": False})
    assert (untouched.admin.limits(), untouched.admin.idp_state()) == (
        limits_at_start, {"up": True})
    sent_at = datetime.fromisoformat(sent_where_untouched["sent_at"])
    assert abs(sent_at - datetime.now(UTC)) < timedelta(minutes=1)


def test_an_app_built_without_conditions_says_so_and_names_the_fix():
    with Flask("bare").app_context(), pytest.raises(
            RuntimeError, match=r"without its conditions \(mock_portal.conditions.install\)"):
        conditions.current()
