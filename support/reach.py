"""Reach a screen of the declaration without walking to it: the requests a browser would make.

A test that is not about getting to 用户须知, 在线填表, 信息确认 or 申请提交成功 makes the same
requests the page's links and forms would (在线办理 on the office row, 进入办事 with the agreement
ticked, 下一步 with the values, 提交) over a browser context's request API, which shares the
page's cookies, and then opens the screen in the page. Every answer is checked as a person would
see it: a refusal (the 用户须知 rules, a wage the form refuses) stops with the page's message, so
nothing here goes around a gate the portal keeps (docs/decisions.md, "Reach a screen directly").
"""

from __future__ import annotations

from .expected import HAIDIAN_CENTRE_OFFICE_ID
from .html import alert_of, form_fields
from .portal_user import MONTHLY, PortalUser
from .transport import Answer, PlaywrightTransport

NOTICE = "/declaration/notice"
FORM = "/declaration/form"
CONFIRMATION = "/declaration/confirm"
SUCCESS = "/declaration/success/"


class ReachRefused(AssertionError):
    """The portal did not let the person on, as the browser would have shown; says why."""


class Reach:
    """The declaration's screens for one logged-in person, reached over `user`'s transport.

    Each method answers with the path to open in the page (the last redirect is not followed:
    the page itself asks for it, so the screen the test sees is the browser's own).
    """

    def __init__(self, user: PortalUser) -> None:
        self.user = user

    @classmethod
    def over_context(cls, request, where) -> Reach:
        """Over a browser context's `context.request` (its cookies are the page's, and say who
        is logged in); `where` has `.portal_url` and `.idp_url` (a Portal)."""
        # No account name: these steps never log in, the context already is.
        return cls(PortalUser(PlaywrightTransport(request), where.portal_url, where.idp_url,
                              login=""))

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
        """在线办理 on the office's row (第3步), as a logged-in person: 用户须知's path."""
        self.user.choose_office(office_id)
        if self.user.path != NOTICE:
            raise ReachRefused(f"在线办理 ended at {self.user.origin} {self.user.path}, not on "
                               "用户须知: is the person logged in in this context?")
        return NOTICE

    def form(self, office_id: str = HAIDIAN_CENTRE_OFFICE_ID) -> str:
        """…then the agreement ticked and 进入办事 (第5步): 在线填表's path."""
        self.notice(office_id)
        answer = self.user.post(NOTICE, {"agree": "yes"}, follow_redirects=False)
        return self._expect(answer, FORM, "进入办事")

    def confirmation(self, wage: str, cycle: str = MONTHLY,
                     office_id: str = HAIDIAN_CENTRE_OFFICE_ID) -> str:
        """…then 缴费工资 and 缴费周期 filled in and 下一步 (第6步): 信息确认's path."""
        self.user.open(self.form(office_id))
        fields = form_fields(self.user.page)
        answer = self.user.post(FORM, {"name": fields.get("name", ""),
                                       "id_number": fields.get("id_number", ""),
                                       "wage": wage, "cycle": cycle, "action": "next"},
                                follow_redirects=False)
        return self._expect(answer, CONFIRMATION, "下一步")

    def success(self, wage: str, cycle: str = MONTHLY,
                office_id: str = HAIDIAN_CENTRE_OFFICE_ID) -> str:
        """…then 提交 (第7步): 申请提交成功's path, which names the 办件单号."""
        self.user.open(self.confirmation(wage, cycle, office_id))
        return self._expect(self.user.submit(follow_redirects=False), SUCCESS, "提交")
