"""The one HTTP path to a screen of the declaration: the requests a browser would make.

用户须知, 在线填表, 信息确认 and 申请提交成功 are reached by the same requests the page's links and
forms make (在线办理 on the office row, 进入办事 with the agreement ticked, 下一步 with the values,
提交), each a `PortalUser` step, over any transport: the Flask test clients (app tier), `requests`
(system tier, `make demo --guide-day`) or a browser context's request API, which shares the
page's cookies (support/screens.py, the e2e fixtures). Every answer is checked as a person would
see it: a refusal (the 用户须知 rules, a wage the form refuses) stops with the page's message, so
nothing here goes around a gate the portal keeps (docs/decisions.md, "Reach a screen directly").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .expected import HAIDIAN_CENTRE_OFFICE_ID, MONTHLY
from .html import alert_of
from .transport import Answer

if TYPE_CHECKING:  # portal_user imports this module
    from .portal_user import PortalUser

NOTICE = "/declaration/notice"
FORM = "/declaration/form"
CONFIRMATION = "/declaration/confirm"
SUCCESS = "/declaration/success/"
#: 信息确认's 提交 as a fault rule (support/control_api.py's set_faults) or the journal names it;
#: a rule adds what happens to it: `{**CONFIRM_POST, "drop": True}`.
CONFIRM_POST = {"origin": "portal", "method": "POST", "path": CONFIRMATION}


class ReachRefused(AssertionError):
    """The portal did not let the person on, as the browser would have shown; says why."""


class Reach:
    """The declaration's screens for one person, reached over `user`'s transport.

    Each method answers with the path to open (the last redirect is not followed: in a browser
    the page itself asks for it, so the screen the test sees is the browser's own).
    `logs_in`: the identity platform's login page met at 在线办理 is filled in with the user's
    account (a page-less person); without it the person must be logged in already (a browser
    context logged in by the `login` fixture).
    """

    def __init__(self, user: PortalUser, logs_in: bool = False) -> None:
        self.user = user
        self.logs_in = logs_in

    def _expect(self, answer: Answer, path: str, step: str) -> str:
        """The redirect's target when the server sent the person on to `path`, else why not."""
        location = answer.headers.get("Location", "") if answer.is_redirect else ""
        if location.startswith(path):
            return location
        why = alert_of(answer) if "html" in answer.headers.get("content-type", "") else None
        raise ReachRefused(f"{step}: the portal answered {answer.status_code}"
                           f"{' to ' + location if location else ''}"
                           f"{': ' + why if why else ''}")

    def notice(self, office_id: str = HAIDIAN_CENTRE_OFFICE_ID) -> str:
        """在线办理 on the office's row (第3步), logging in if `logs_in`: 用户须知's path."""
        self.user.choose_office(office_id)
        if self.logs_in and self.user.origin == "idp":
            self.user.log_in()
        if self.user.path != NOTICE:
            raise ReachRefused(f"在线办理 ended at {self.user.origin} {self.user.path}, not on "
                               "用户须知: is the person logged in in this context?")
        return NOTICE

    def form(self, office_id: str = HAIDIAN_CENTRE_OFFICE_ID) -> str:
        """…then the agreement ticked and 进入办事 (第5步): 在线填表's path."""
        self.notice(office_id)
        return self._expect(self.user.agree_to_notice(follow_redirects=False), FORM, "进入办事")

    def confirmation(self, wage: str, cycle: str = MONTHLY,
                     office_id: str = HAIDIAN_CENTRE_OFFICE_ID) -> str:
        """…then 缴费工资 and 缴费周期 filled in and 下一步 (第6步): 信息确认's path."""
        self.user.open(self.form(office_id))
        return self._expect(self.user.fill_in(wage, cycle, follow_redirects=False),
                            CONFIRMATION, "下一步")

    def success(self, wage: str, cycle: str = MONTHLY,
                office_id: str = HAIDIAN_CENTRE_OFFICE_ID) -> str:
        """…then 提交 (第7步): 申请提交成功's path, which names the 办件单号."""
        self.user.open(self.confirmation(wage, cycle, office_id))
        return self._expect(self.user.submit(follow_redirects=False), SUCCESS, "提交")
