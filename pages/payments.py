"""缴费记录 in 用户空间: each month of the person's ledger, and what is still owed; 恢复缴费."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from . import header
from .components import DefinitionList, ErrorBox, InfoBox, Screen, click_through


class PaymentRecordsPage(Screen):
    """缴费记录: the contribution year, base and cycle, what is still owed, the months."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.navigation = page.get_by_role("navigation", name="用户空间")
        self.heading = page.get_by_role("heading", name="缴费记录", exact=True, level=1)
        content = page.get_by_role("main")
        facts = DefinitionList(content)
        self.contribution_year = facts.value("缴费年度")
        self.base = facts.value("缴费基数(元)")
        self.cycle = facts.value("缴费周期")
        self.still_owed = facts.value("尚欠金额(元)")
        self.records = page.get_by_role("table", name="缴费记录")
        self.columns = self.records.get_by_role("columnheader")
        self.months = self.records.get_by_role("row").filter(has=page.get_by_role("rowheader"))
        # 中断缴费, said in the words of 用户须知 rule 3; absent while paying normally.
        self.payment_status = page.get_by_role("note", name="缴费状态")
        # 暂无缴费记录 before a declaration is 已办结 with 通过.
        self.no_records = InfoBox(content).message
        self.resume_link = content.get_by_role("link", name="申请恢复缴费", exact=True)
        self.suspend_link = content.get_by_role("link", name="申请暂停缴费", exact=True)
        self.suspension = facts.value("暂停缴费")

    def open(self) -> PaymentRecordsPage:
        self.page.goto("/space/payments/")
        return self.wait_until_ready()

    def month(self, month: str) -> Locator:
        """The cells beside one month ("2026-02"), in the table's column order."""
        return self.months.filter(
            has=self.page.get_by_role("rowheader", name=month, exact=True)).get_by_role("cell")

    def apply_to_suspend(self) -> SuspensionPage:
        """点击【申请暂停缴费】."""
        return click_through(self.suspend_link, SuspensionPage)

    def apply_to_resume(self) -> ResumptionPage:
        """点击【申请恢复缴费】."""
        return click_through(self.resume_link, ResumptionPage)


class ResumptionPage(Screen):
    """恢复缴费: the month paying starts again, monthly, and 【提交申请】."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="恢复缴费", exact=True, level=1)
        facts = DefinitionList(page.get_by_role("main"))
        self.month = facts.value("恢复缴费月份")
        self.cycle = facts.value("缴费周期")
        self.submit_button = page.get_by_role("button", name="提交申请", exact=True)
        self.error = ErrorBox(page).message

    def open(self) -> ResumptionPage:
        self.page.goto("/space/payments/resume")
        return self.wait_until_ready()

    def submit(self) -> ResumedPage:
        """点击【提交申请】."""
        return click_through(self.submit_button, ResumedPage)


class ResumedPage(Screen):
    """恢复缴费申请已办结: its 办件单号, and from when paying is monthly."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="恢复缴费申请已办结", exact=True, level=1)
        self.case_number = page.get_by_test_id("case-number")
        self.message = InfoBox(page.get_by_role("main")).message
        self.payment_records_link = page.get_by_role("main").get_by_role(
            "link", name="缴费记录", exact=True)

    def open_payment_records(self) -> PaymentRecordsPage:
        """点击【缴费记录】."""
        return click_through(self.payment_records_link, PaymentRecordsPage)


class SuspensionPage(Screen):
    """暂停缴费: the month it starts from, rule 4's words, and 【提交申请】."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="暂停缴费", exact=True, level=1)
        self.month = DefinitionList(page.get_by_role("main")).value("暂停缴费月份")
        self.submit_button = page.get_by_role("button", name="提交申请", exact=True)
        self.error = ErrorBox(page).message

    def open(self) -> SuspensionPage:
        self.page.goto("/space/payments/suspend")
        return self.wait_until_ready()

    def submit(self) -> PaymentRecordsPage:
        """点击【提交申请】: back to 缴费记录, the refunds listed."""
        return click_through(self.submit_button, PaymentRecordsPage)
