"""The declaration: 用户须知, 在线填表, 信息确认, 申请提交成功 and 立即评价 (第5–8步)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from . import errors, header, identity, space, steps
from .components import (
    DefinitionList,
    ErrorBox,
    InfoBox,
    ProgressBar,
    Screen,
    click_through,
    main_content,
)

MONTHLY = "按月缴费"


class NoticePage(Screen):
    """用户须知: the rules to read, the agreement to tick, then 进入办事 (第5步)."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="用户须知", exact=True, level=2)
        self.item_name = page.get_by_role("heading", level=1)
        self.scope = page.get_by_text("本事项目前仅支持")
        self.lead = page.get_by_text("办理该事项需要您知悉以下内容：", exact=True)
        self.rules = main_content(page).get_by_role("list").get_by_role("listitem")
        self.acknowledgement = page.get_by_text("本人已认真阅读并知悉以上所示内容")
        self.office = page.get_by_text("办理地点：")
        self.agreement = page.get_by_role(
            "checkbox", name="本人已阅读并同意《北京市政务服务网申报须知》")
        self.enter_button = page.get_by_role("button", name="进入办事", exact=True)
        self.error = ErrorBox(page).message

    @steps.step("勾选同意《北京市政务服务网申报须知》")
    def agree(self) -> NoticePage:
        """勾选「本人已阅读并同意《北京市政务服务网申报须知》」."""
        self.agreement.check()
        return self

    def withdraw_agreement(self) -> NoticePage:
        self.agreement.uncheck()
        return self

    @steps.step("点击【进入办事】")
    def enter(self) -> ContributionFormPage:
        """点击【进入办事】 (once the agreement is ticked)."""
        return click_through(self.enter_button, ContributionFormPage)

    def agree_and_enter(self) -> ContributionFormPage:
        return self.agree().enter()

    def enter_expecting_error(self) -> NoticePage:
        """点击【进入办事】 when the portal will not let this person declare: a message instead."""
        return click_through(self.enter_button, NoticePage)


class ContributionFormPage(Screen):
    """在线填表 (step 1 of 2): 姓名 and 个人身份证号 given, 缴费工资 and 缴费周期 to fill (第6步)."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="个人申报信息", exact=True)
        self.progress = ProgressBar(page)
        self.name = page.get_by_label("姓名", exact=True)
        self.id_number = page.get_by_label("个人身份证号", exact=True)
        self.wage = page.get_by_label("缴费工资(元)")
        self.limits_hint = page.get_by_text("本缴费年度（")
        self.cycle = page.get_by_label("缴费周期")
        self.cycle_options = self.cycle.get_by_role("option")
        # The note beside 缴费周期 (e.g. only 按月缴费 near retirement); the select's
        # aria-describedby points at it, and it has no role or label of its own.
        self.cycle_note = page.locator("#cycle-note")
        self.csrf_token = main_content(page).locator('input[name="csrf_token"]')
        self.save_draft_button = page.get_by_role("button", name="保存草稿", exact=True)
        self.previous_button = page.get_by_role("button", name="上一步", exact=True)
        self.next_button = page.get_by_role("button", name="下一步", exact=True)
        # 草稿已保存 / 已恢复您于…保存的草稿
        self.draft_status = InfoBox(page).message
        self.error = ErrorBox(page).message
        # 您已提交本缴费年度的申报（办件单号：…）: the open case a new 提交 would replace.
        self.standing_case = page.get_by_text("您已提交本缴费年度的申报")

    def cycle_option(self, cycle: str) -> Locator:
        """One choice of 缴费周期, e.g. cycle_option("按年缴费")."""
        return self.cycle.get_by_role("option", name=cycle, exact=True)

    @steps.step("填写缴费工资和缴费周期")
    def fill_in(self, wage: str, cycle: str | None = None) -> ContributionFormPage:
        """填写缴费工资 and, when given, 选择缴费周期."""
        self.wage.fill(wage)
        if cycle is not None:
            self.cycle.select_option(label=cycle)
        return self

    def save_draft(self) -> ContributionFormPage:
        """点击【保存草稿】: the form comes back saying 草稿已保存."""
        return click_through(self.save_draft_button, ContributionFormPage)

    def go_back(self) -> NoticePage:
        """点击【上一步】: back to 用户须知."""
        return click_through(self.previous_button, NoticePage)

    @steps.step("点击【下一步】")
    def go_to_confirmation(self) -> ConfirmationPage:
        """点击【下一步】: on to 信息确认."""
        return click_through(self.next_button, ConfirmationPage)

    def go_to_confirmation_expecting_login(self) -> identity.IdentityLoginPage:
        """点击【下一步】 after the session ran out: to 北京市统一身份认证平台 first."""
        return click_through(self.next_button, identity.IdentityLoginPage)

    def go_to_confirmation_expecting_error(self) -> ContributionFormPage:
        """点击【下一步】 with a wage the form refuses: the form comes back with the message."""
        return click_through(self.next_button, ContributionFormPage)


class ConfirmationPage(Screen):
    """信息确认 (step 2 of 2): the declared values read-only, 上一步 / 提交 (第7步)."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="申报信息", exact=True)
        self.progress = ProgressBar(page)
        self.values = DefinitionList(main_content(page))
        self.name = self.values.value("姓名")
        self.id_number = self.values.value("个人身份证号")
        self.wage = page.get_by_test_id("applied-base")
        self.cycle = self.values.value("缴费周期")
        self.monthly_amounts = self.values.value("每月应缴")
        self.contribution_year = self.values.value("缴费年度")
        # Shown only when the typed wage was below or above the year's limits.
        self.clamp_note = InfoBox(page).message
        self.standing_case = page.get_by_text("您已提交本缴费年度的申报")
        self.previous_button = page.get_by_role("button", name="上一步", exact=True)
        self.submit_button = page.get_by_role("button", name="提交", exact=True)

    def go_back(self) -> ContributionFormPage:
        """点击【上一步】: back to 在线填表 with the values kept."""
        return click_through(self.previous_button, ContributionFormPage)

    @steps.step("点击【提交】")
    def submit(self) -> SubmissionSuccessPage:
        """点击【提交】."""
        return click_through(self.submit_button, SubmissionSuccessPage)

    def submit_expecting_failure(self) -> errors.PortalErrorPage:
        """点击【提交】 while the portal cannot take it: its 请求未能完成 page."""
        return click_through(self.submit_button, errors.PortalErrorPage)

    def submit_losing_the_answer(self) -> None:
        """点击【提交】 when the connection breaks before the answer arrives: the browser shows
        its own error page, none of the portal's."""
        with self.page.expect_event("requestfailed"):
            self.submit_button.click()
        # Then the browser shows its own error page (chrome-error://…, about:neterror…): loaded,
        # not only committed. Chromium commits it in a process of its own, and until it has
        # loaded the page may still be changing hands: a navigation begun then (返回) failed
        # with "Not attached to an active page"; one begun before the commit is cut short.
        self.page.wait_for_url(lambda url: not url.startswith("http"), wait_until="load")

    def submit_with_double_click(self) -> SubmissionSuccessPage:
        """Double-click 【提交】, as an impatient person does."""
        with self.page.expect_event("load"):
            self.submit_button.dblclick()
        return SubmissionSuccessPage(self.page).wait_until_ready()


class SubmissionSuccessPage(Screen):
    """申请提交成功: the 办件单号 and the ways on, 我的空间 and 立即评价 (第8步)."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="申请提交成功", exact=True)
        content = main_content(page)
        self.received = page.get_by_text("您的申请已经收到，预计于今日完成办结，请耐心等待")
        self.values = DefinitionList(content)
        self.case_number = page.get_by_test_id("case-number")
        self.item_name = self.values.value("申请事项：")
        self.reminder = page.get_by_text("您申请的办件已提交，请您注意查收相关信息。")
        # 您此前提交的办件（办件单号：…）已被本次申报替代: shown when this one replaced another.
        self.replaced_case = page.get_by_text("已被本次申报替代")
        self.my_space_link = content.get_by_role("link", name="我的空间", exact=True)
        self.evaluate_link = content.get_by_role("link", name="立即评价", exact=True)

    def go_to_my_space(self) -> space.MySpacePage:
        """点击【我的空间】."""
        return click_through(self.my_space_link, space.MySpacePage)

    def evaluate(self) -> EvaluationPage:
        """点击【立即评价】."""
        return click_through(self.evaluate_link, EvaluationPage)


class EvaluationPage(Screen):
    """办件评价 (立即评价): a satisfaction score and an optional comment for one case."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="办件评价", exact=True)
        self.case_number = page.get_by_text("办件单号：")
        self.satisfaction = page.get_by_role("group", name="满意度")
        self.options = self.satisfaction.get_by_role("radio")
        self.comment = page.get_by_label("评价内容")
        self.submit_button = page.get_by_role("button", name="提交评价", exact=True)
        self.thanks = InfoBox(page).message
        self.error = ErrorBox(page).message
        self.my_space_link = main_content(page).get_by_role("link", name="我的空间", exact=True)

    def open(self, number: str) -> EvaluationPage:
        """Type the evaluation's address of a case (as a second tab would hold it)."""
        self.page.goto(f"/declaration/evaluate/{number}")
        return self.wait_until_ready()

    def option(self, label: str) -> Locator:
        return self.satisfaction.get_by_role("radio", name=label, exact=True)

    def rate(self, satisfaction: str, comment: str = "") -> EvaluationPage:
        """Choose 满意度 (e.g. 非常满意), write 评价内容 and 提交评价."""
        self.option(satisfaction).check()
        self.comment.fill(comment)
        return click_through(self.submit_button, EvaluationPage)

    def rate_expecting_error(self, comment: str = "") -> EvaluationPage:
        """提交评价 without a 满意度: the page comes back with a message."""
        self.comment.fill(comment)
        return click_through(self.submit_button, EvaluationPage)

    def rate_expecting_refusal(self, satisfaction: str, comment: str = "") -> EvaluationPage:
        """提交评价 for a case evaluated meanwhile (in another tab): refused, the page shows the
        evaluation already given."""
        return self.rate(satisfaction, comment)

    def go_to_my_space(self) -> space.MySpacePage:
        """点击【我的空间】."""
        return click_through(self.my_space_link, space.MySpacePage)
