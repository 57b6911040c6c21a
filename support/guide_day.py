"""The guide's own day for `make demo --guide-day`: the portal's clock at the guide's sample time
and two earlier declarations at 海淀区's centre, so that the walk's 办件单号 is the guide's third.

The guide (docs/domain.md §6) shows 办件单号 111101086949863441300201400300202202206110003: the
third case of 2022-06-11 at 【海淀区】北京市海淀区政务服务中心人社保分中心. The two earlier ones are
made by two other personas through the portal's own forms over HTTP, with no browser: a page-less
`PortalUser` (the one login walk, then 用户须知, 在线填表 and 信息确认).
"""

from __future__ import annotations

from collections.abc import Iterable

from .clock import MockClock
from .control_api import ControlApi
from .expected import GUIDE_DAY, HAIDIAN_CENTRE_OFFICE_ID
from .personas import Persona
from .portal_process import Portal
from .portal_user import CAPTCHA, MONTHLY, PortalUser
from .transport import HttpTransport

#: What the earlier personas declare: the guide's own values.
EARLIER_WAGE = "5360"
EARLIER_CYCLE = MONTHLY


def replay(admin: ControlApi, portal: Portal, earlier: Iterable[Persona],
           captcha: str | None = CAPTCHA) -> list[str]:
    """The portal's clock frozen at the guide's moment, then one declaration by each of the
    `earlier` personas at the guide's office; their 办件单号, in order. A refusal on the way
    raises AssertionError (LoginFailed among them) saying where; the control API's, its error."""
    MockClock(admin).freeze(GUIDE_DAY)
    numbers = []
    for persona in earlier:
        user = PortalUser(HttpTransport(), portal.portal_url, portal.idp_url, persona.username,
                          persona.password, captcha or CAPTCHA)
        numbers.append(user.declare(EARLIER_WAGE, EARLIER_CYCLE, HAIDIAN_CENTRE_OFFICE_ID))
    return numbers
