"""用户空间: 我的空间 → 办件进度 → 我的办件 → 查看详情 (第10步), and 我的消息."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page

from . import declaration, header, identity, payments, steps
from .components import DefinitionList, ErrorBox, InfoBox, Screen, click_through


class _SpaceScreen(Screen):
    """A page of 用户空间: its own navigation beside the content."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.navigation = page.get_by_role("navigation", name="用户空间")
        self.content = page.get_by_role("main")
        self.error = ErrorBox(page).message
        self.payment_records_link = self.navigation.get_by_role("link", name="缴费记录",
                                                                exact=True)
        # 中断缴费, said in the words of 用户须知 rule 3; absent while paying normally.
        self.payment_status = page.get_by_role("note", name="缴费状态")

    def open_payment_records(self) -> payments.PaymentRecordsPage:
        """点击【缴费记录】 in 用户空间's navigation."""
        return click_through(self.payment_records_link, payments.PaymentRecordsPage)


class MySpacePage(_SpaceScreen):
    """我的空间: the person's overview and the way to 办件进度."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="我的空间", exact=True, level=1)
        facts = DefinitionList(self.content)
        self.name = facts.value("姓名")
        self.phone = facts.value("手机号")
        self.case_summary = facts.value("我的办件")
        self.case_progress_link = self.content.get_by_role("link", name="办件进度", exact=True)
        self.statistics = page.get_by_role("table", name="办件统计")
        self.statuses = self.statistics.get_by_role("columnheader")
        self.counts = self.statistics.get_by_role("cell")
        self.latest = page.get_by_role("table", name="最近办件")
        self.latest_rows = self.latest.get_by_role("row").filter(has=page.get_by_role("cell"))
        # The 办件单号 cell of each of the newest cases, newest first.
        self.latest_numbers = self.latest_rows.locator("td:first-child")
        # 暂无办件 when there is no case yet.
        self.no_cases = InfoBox(page).message
        # 我的消息: how many are unread, the newest five, 暂无消息 when there is none.
        self.unread = facts.value("未读消息")
        self.latest_messages = page.get_by_role("table", name="最新消息")
        self.latest_message_rows = self.latest_messages.get_by_role("row").filter(
            has=page.get_by_role("cell"))
        self.no_messages = self.content.get_by_text("暂无消息", exact=True)
        self.all_messages_link = self.content.get_by_role("link", name="全部消息", exact=True)

    def open(self) -> MySpacePage:
        self.page.goto("/space/")
        return self.wait_until_ready()

    @steps.step("点击【办件进度】")
    def open_case_progress(self) -> CaseProgressPage:
        """点击【办件进度】."""
        return click_through(self.case_progress_link, CaseProgressPage)

    def open_case_progress_expecting_login(self) -> identity.IdentityLoginPage:
        """点击【办件进度】 after the session ran out: to 北京市统一身份认证平台."""
        return click_through(self.case_progress_link, identity.IdentityLoginPage)

    def view_case(self, number: str) -> CaseDetailPage:
        """查看办件: 点击【办件进度】, 进入我的办件, 找到办理事项, 点击【查看详情】 (第10步)."""
        return self.open_case_progress().open_my_cases().open_case(number)

    def view_latest_case(self, number: str) -> CaseDetailPage:
        """点击最近办件中该办件的【查看详情】."""
        link = self.latest.get_by_role("link", name=f"查看详情 {number}", exact=True)
        return click_through(link, CaseDetailPage)

    def open_messages(self) -> MyMessagesPage:
        """点击【全部消息】: 我的消息."""
        return click_through(self.all_messages_link, MyMessagesPage)

    def open_latest_message(self, text: str) -> MessagePage:
        """点击最新消息中含 `text` 的那条消息的【查看】."""
        row = self.latest_message_rows.filter(has_text=text)
        return click_through(row.get_by_role("link", name="查看", exact=True),
                             MessagePage)

    def open_cases_in(self, status: str) -> MyCasesPage:
        """点击办件统计中某一状态的件数: 我的办件, filtered by that state."""
        link = self.statistics.get_by_role("link", name=re.compile(rf"^{status} \d+件$"))
        return click_through(link, MyCasesPage)


class CaseProgressPage(_SpaceScreen):
    """办件进度: how many cases are in each status, and the way to 我的办件."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="办件进度", exact=True, level=1)
        self.statistics = page.get_by_role("table", name="办件统计")
        self.statuses = self.statistics.get_by_role("columnheader")
        self.counts = self.statistics.get_by_role("cell")
        self.my_cases_link = self.content.get_by_role("link", name="我的办件", exact=True)

    def open(self) -> CaseProgressPage:
        self.page.goto("/space/progress")
        return self.wait_until_ready()

    @steps.step("进入我的办件")
    def open_my_cases(self) -> MyCasesPage:
        """进入【我的办件】."""
        return click_through(self.my_cases_link, MyCasesPage)


class MyCasesPage(_SpaceScreen):
    """我的办件: the person's cases, newest first; search by 办件单号, filter by status, pages."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="我的办件", exact=True, level=1)
        self.table = page.get_by_role("table", name="我的办件")
        self.columns = self.table.get_by_role("columnheader")
        self.rows = self.table.get_by_role("row").filter(has=page.get_by_role("cell"))
        # 暂无办件, or 没有符合条件的办件.
        self.empty = InfoBox(page).message
        # The 办件单号 cell of every row, top to bottom.
        self.numbers = self.rows.locator("td:first-child")
        self.number_field = page.get_by_role("searchbox", name="办件单号")
        self.status_choice = page.get_by_role("combobox", name="办件状态")
        self.search_button = page.get_by_role("button", name="查询", exact=True)
        self.paging = page.get_by_role("navigation", name="分页")
        # 共N件，第i页/共n页
        self.page_info = self.paging.get_by_text("页/共")
        self.previous_link = self.paging.get_by_role("link", name="上一页", exact=True)
        self.next_link = self.paging.get_by_role("link", name="下一页", exact=True)
        # The one draft (暂存) a person may keep: no 办件单号, 继续填写 and 删除 instead.
        self.draft = self.rows.filter(has=page.get_by_role("cell", name="暂存", exact=True))
        self.continue_link = self.draft.get_by_role("link", name="继续填写", exact=True)
        self.delete_link = self.draft.get_by_role("link", name="删除", exact=True)

    def open(self, query: str = "") -> MyCasesPage:
        """Type 我的办件's address, with a query string such as "?page=2" if given."""
        self.page.goto(f"/space/progress/cases{query}")
        return self.wait_until_ready()

    def case(self, number: str) -> Locator:
        """The row of a case by its 办件单号."""
        return self.rows.filter(has=self.page.get_by_role("cell", name=number, exact=True))

    def cells(self, number: str) -> Locator:
        """The cells of a case's row: 办件单号, 申请事项, 申请时间, 办件状态, 办理结果, 操作."""
        return self.case(number).get_by_role("cell")

    @steps.step("点击【查看详情】")
    def open_case(self, number: str) -> CaseDetailPage:
        """找到办理事项，点击【查看详情】."""
        link = self.table.get_by_role("link", name=f"查看详情 {number}", exact=True)
        return click_through(link, CaseDetailPage)

    def _query(self, number: str, status: str) -> None:
        self.number_field.fill(number)
        self.status_choice.select_option(status)

    def search(self, number: str = "", status: str = "全部") -> MyCasesPage:
        """输入办件单号 (or some of its digits), 选择办件状态, 点击【查询】."""
        self._query(number, status)
        return click_through(self.search_button, MyCasesPage)

    def search_expecting_error(self, number: str) -> MyCasesPage:
        """点击【查询】 with a 办件单号 that cannot be one: 我的办件 says what to type."""
        self._query(number, "全部")
        return click_through(self.search_button, MyCasesPage)

    def next_page(self) -> MyCasesPage:
        """点击【下一页】."""
        return click_through(self.next_link, MyCasesPage)

    def previous_page(self) -> MyCasesPage:
        """点击【上一页】."""
        return click_through(self.previous_link, MyCasesPage)

    def continue_draft(self) -> declaration.NoticePage:
        """点击草稿的【继续填写】: 用户须知 first, as on every way to 在线填表."""
        return click_through(self.continue_link, declaration.NoticePage)

    def start_draft_deletion(self) -> DraftDeletionPage:
        """点击草稿的【删除】: the page that asks to confirm."""
        return click_through(self.delete_link, DraftDeletionPage)

    def delete_draft(self) -> MyCasesPage:
        """点击草稿的【删除】 and 【确定删除】: back on 我的办件 without it."""
        return self.start_draft_deletion().confirm()


class DraftDeletionPage(_SpaceScreen):
    """删除草稿: the question before a draft is deleted."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="删除草稿", exact=True, level=1)
        self.question = InfoBox(page).message
        self.confirm_button = page.get_by_role("button", name="确定删除", exact=True)
        self.cancel_link = self.content.get_by_role("link", name="取消", exact=True)

    def confirm(self) -> MyCasesPage:
        """点击【确定删除】: back on 我的办件."""
        return click_through(self.confirm_button, MyCasesPage)

    def cancel(self) -> MyCasesPage:
        """点击【取消】: back on 我的办件, the draft kept."""
        return click_through(self.cancel_link, MyCasesPage)


class CaseDetailPage(_SpaceScreen):
    """办件详情 (查看详情): every value of a case, its status and its history."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="办件详情", exact=True, level=1)
        self.facts = DefinitionList(self.content)
        self.case_number = page.get_by_test_id("case-number")
        self.status = page.get_by_test_id("case-status")
        self.applied_base = page.get_by_test_id("applied-base")
        self.history = page.get_by_role("table", name="办理过程")
        self.history_rows = self.history.get_by_role("row").filter(has=page.get_by_role("cell"))
        # 时间, 状态, 说明 of each row in turn.
        self.history_cells = self.history.get_by_role("cell")
        self.back_link = page.get_by_role("link", name="返回我的办件", exact=True)
        self.result = self.facts.value("办理结果")
        self.withdraw_link = self.content.get_by_role("link", name="撤回", exact=True)
        # 立即评价, offered while the case has no evaluation; 我的评价 shows it afterwards.
        self.evaluate_link = self.content.get_by_role("link", name="立即评价", exact=True)
        self.evaluation = self.facts.value("我的评价")

    def fact(self, term: str) -> Locator:
        """The value beside a label, e.g. fact("办理地点")."""
        return self.facts.value(term)

    def back_to_my_cases(self) -> MyCasesPage:
        """点击【返回我的办件】."""
        return click_through(self.back_link, MyCasesPage)

    def evaluate(self) -> declaration.EvaluationPage:
        """点击【立即评价】."""
        return click_through(self.evaluate_link, declaration.EvaluationPage)

    def start_withdrawal(self) -> WithdrawalPage:
        """点击【撤回】: the page that asks to confirm."""
        return click_through(self.withdraw_link, WithdrawalPage)

    def withdraw(self) -> CaseDetailPage:
        """点击【撤回】 and 【确定撤回】: back on 办件详情, the case 已撤回."""
        return self.start_withdrawal().confirm()

    def withdraw_expecting_error(self) -> CaseDetailPage:
        """点击【撤回】 when the case can no longer be withdrawn: 办件详情 says why."""
        return click_through(self.withdraw_link, CaseDetailPage)


class WithdrawalPage(_SpaceScreen):
    """撤回办件: the question before a case is withdrawn."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="撤回办件", exact=True, level=1)
        self.question = InfoBox(page).message
        self.confirm_button = page.get_by_role("button", name="确定撤回", exact=True)
        self.cancel_link = self.content.get_by_role("link", name="取消", exact=True)

    def confirm(self) -> CaseDetailPage:
        """点击【确定撤回】: back on 办件详情."""
        return click_through(self.confirm_button, CaseDetailPage)

    def confirm_expecting_error(self) -> CaseDetailPage:
        """点击【确定撤回】 after the case moved on: 办件详情 says why it was refused."""
        return click_through(self.confirm_button, CaseDetailPage)

    def cancel(self) -> CaseDetailPage:
        """点击【取消】: back on 办件详情, nothing changed."""
        return click_through(self.cancel_link, CaseDetailPage)


class MyMessagesPage(_SpaceScreen):
    """我的消息: every message, newest first, 未读 until opened, with how many are unread."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="我的消息", exact=True, level=1)
        # 共N条消息，未读M条, or 暂无消息.
        self.summary = InfoBox(page).message
        self.table = page.get_by_role("table", name="我的消息")
        self.rows = self.table.get_by_role("row").filter(has=page.get_by_role("cell"))
        # 未读 or 已读 of each message, top to bottom.
        self.states = self.rows.locator("td:first-child")

    def open(self) -> MyMessagesPage:
        self.page.goto("/space/messages/")
        return self.wait_until_ready()

    def message(self, text: str) -> Locator:
        """The row of the message whose content contains `text` (e.g. its 办件单号 and 已办结)."""
        return self.rows.filter(has_text=text)

    def cells(self, text: str) -> Locator:
        """The cells of a message's row: 状态, 发送时间, 消息内容, 操作."""
        return self.message(text).get_by_role("cell")

    def open_message(self, text: str) -> MessagePage:
        """点击该消息的【查看】: the whole message, read from now on."""
        return click_through(self.message(text).get_by_role("link", name="查看", exact=True),
                             MessagePage)


class MessagePage(_SpaceScreen):
    """消息详情: who sent a message, when, its whole text, and the way to its case."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="消息详情", exact=True, level=1)
        facts = DefinitionList(self.content)
        self.sender = facts.value("发送方")
        self.sent_at = facts.value("发送时间")
        self.text = facts.value("消息内容")
        self.case_link = self.content.get_by_role("link", name="查看办件", exact=True)
        self.back_link = self.content.get_by_role("link", name="返回我的消息", exact=True)

    def view_case(self) -> CaseDetailPage:
        """点击【查看办件】: 办件详情 of the case the message is about."""
        return click_through(self.case_link, CaseDetailPage)

    def back_to_messages(self) -> MyMessagesPage:
        """点击【返回我的消息】."""
        return click_through(self.back_link, MyMessagesPage)
