"""The declaration's screens opened in a browser page, their page objects ready: reached by the
one HTTP path (support/reach.py) over the page's own context, or walked to through the UI with
the guide's steps (pages/journey.py), the reference `--reach-through-ui` and `make bench` use."""

from __future__ import annotations

from playwright.sync_api import Page

from pages import (
    ConfirmationPage,
    ContributionFormPage,
    Journey,
    NoticePage,
    OfficeChooserPage,
    SubmissionSuccessPage,
)

from .expected import HAIDIAN, HAIDIAN_CENTRE_NAME, MONTHLY
from .portal_user import PortalUser
from .reach import Reach


class Screens:
    """The declaration's screens at 海淀区's centre (the guide's office) for whoever is logged in
    in `page`'s context; `where` has `.portal_url` and `.idp_url` (a Portal)."""

    def __init__(self, page: Page, where, through_ui: bool = False) -> None:
        self.page = page
        self.through_ui = through_ui
        #: The HTTP path itself, over the page's context (its cookies), for a test that needs a
        #: screen's path without opening it (`screens.direct.success("8000")`).
        self.direct = Reach(PortalUser.over_context(page.context.request, where))
        self._walk = Journey(page)

    def _open(self, path: str, screen):
        self.page.goto(path)
        return screen(self.page).wait_until_ready()

    def notice(self) -> NoticePage:
        """用户须知, nothing ticked."""
        if self.through_ui:
            return (OfficeChooserPage(self.page).open().choose_district(HAIDIAN)
                    .apply_online(HAIDIAN_CENTRE_NAME))
        return self._open(self.direct.notice(), NoticePage)

    def form(self) -> ContributionFormPage:
        """在线填表, as the person left it (empty, or their draft)."""
        if self.through_ui:
            return self._walk.read_notice(self.notice())
        return self._open(self.direct.form(), ContributionFormPage)

    def confirmation(self, wage: str, cycle: str = MONTHLY) -> ConfirmationPage:
        """信息确认 of `wage` and `cycle`."""
        if self.through_ui:
            return self._walk.fill_in_form(self.form(), wage, cycle)
        return self._open(self.direct.confirmation(wage, cycle), ConfirmationPage)

    def success(self, wage: str, cycle: str = MONTHLY) -> SubmissionSuccessPage:
        """申请提交成功 after declaring `wage` and `cycle`."""
        if self.through_ui:
            return self._walk.submit(self.confirmation(wage, cycle))
        return self._open(self.direct.success(wage, cycle), SubmissionSuccessPage)
