"""The operations guide's ten numbered steps, composed from the page objects.

Each step does on its screen what the guide says, up to and including the click that ends it,
and runs inside `Journey._step`, so a failure reads like the guide: 「第6步 在线填表: …」, and
the step is a named group in the test's trace (pages/steps.py).
`on_step(number, title, page, seconds)` is called once per step, at the moment the screen looks
as the guide pictures it — for most steps just before that final click (the guide's picture of
信息确认 shows 【提交】, not what comes after it) — with the seconds since the previous step's call.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from playwright.sync_api import Page

from .components import TEST_CAPTCHA
from .declaration import (
    MONTHLY,
    ConfirmationPage,
    ContributionFormPage,
    NoticePage,
    SubmissionSuccessPage,
)
from .home import ITEM_NAME, HomePage, SearchResultsPage
from .identity import IdentityLoginPage
from .item import OfficeChooserPage
from .outbox import SmsOutboxPage
from .space import CaseDetailPage
from .steps import step as named_step


@dataclass(frozen=True)
class Step:
    """One numbered step of the guide: a short title and the guide's own sentence."""

    number: int
    title: str
    text: str

    def __str__(self) -> str:
        return f"第{self.number}步 {self.title}"


STEPS: tuple[Step, ...] = (
    Step(1, "登录首都之窗网站，搜索事项",
         "登录首都之窗网站 (http://www.beijing.gov.cn), "
         "搜索“灵活就业人员社会保险缴费申报与变更”事项;"),
    Step(2, "点击【在线办理】",
         "在【灵活就业人员社会保险缴费申报与变更】事项后点击【在线办理】;"),
    Step(3, "选择参保所在区，点击【在线办理】",
         "选择参保所在区，点击【在线办理】进行网上申报。"),
    Step(4, "登录北京市统一身份认证平台",
         "页面跳转至【北京市统一身份认证平台】，通过北京通账号、密码，或手机号+验证码方式登录。"),
    Step(5, "阅读用户须知，进入办事",
         "进入【用户须知】页面，阅读办理前的提示内容。阅读完毕后，在【用户须知】页面底部勾选表示"
         "本人已阅读并同意以上内容，点击【进入办事】。"),
    Step(6, "在线填表",
         "进入【在线填表】页面，选择并确认缴费工资、缴费周期。"),
    Step(7, "信息确认",
         "进入【信息确认】页面，如需修改，可选择【上一步】返回上一页面修改信息，确认后点击【提交】。"),
    Step(8, "办件提交成功",
         "显示办件提交成功。如需修改，请按上述流程重新申报缴费基数。"),
    Step(9, "办件短信反馈",
         "办件短信反馈。办件结果会反馈到申请人政务网登录账户的手机号码上。"),
    Step(10, "进入用户空间查看办件",
         "进入用户空间，点击【办件进度】，进入我的办件页面，找到办理事项，点击【查看详情】进入，"
         "在该办件详情页面，查看办件状态等信息。"),
)

OnStep = Callable[[int, str, Page, float], None]


class Account(Protocol):
    """What the journey needs to know of a person: a 北京通 account and its phone."""

    username: str
    password: str
    phone: str


class JourneyStepError(AssertionError):
    """A step of the guide failed; the message starts with the step, e.g. 「第6步 在线填表: 」."""

    def __init__(self, step: Step, cause: BaseException) -> None:
        super().__init__(f"{step}: {cause}")
        self.step = step


@dataclass(frozen=True)
class StepTiming:
    number: int
    title: str
    seconds: float


@dataclass(frozen=True)
class JourneyResult:
    """What the journey ends with: the 办件单号 and what the guide shows about the case."""

    case_number: str
    office: str
    applied_base: str
    sms: str
    status: str
    timings: tuple[StepTiming, ...]


class Journey:
    """灵活就业人员网上申报缴费基数操作流程: the guide's ten steps in a browser page."""

    def __init__(self, page: Page, on_step: OnStep | None = None) -> None:
        self.page = page
        self.on_step = on_step
        self.timings: list[StepTiming] = []
        self._last_mark = time.perf_counter()

    def run(self, persona: Account, district: str = "海淀区", office: str | None = None,
            wage: str = "5360", cycle: str = MONTHLY, street: str | None = None,
            let_result_arrive: Callable[[str], None] | None = None) -> JourneyResult:
        """All ten steps: declare `wage` and `cycle` at `office` (the district's first row).

        `let_result_arrive(case_number)`, if given, runs between 第8步 and 第9步 so that the SMS
        read is the case's result (the demo moves the portal's mock clock on); without it 第9步
        reads the 提交 message.
        """
        results = self.search_item()
        chooser = self.open_online_service(results)
        login = self.choose_office(chooser, district, office, street)
        notice = self.log_in(login, persona)
        form = self.read_notice(notice)
        confirmation = self.fill_in_form(form, wage, cycle)
        applied_base = confirmation.wage.inner_text()
        success = self.submit(confirmation)
        case_number = self.read_case_number(success)
        if let_result_arrive is not None:
            let_result_arrive(case_number)
        outbox = self.read_sms(success, persona.phone)
        sms = outbox.text_of(outbox.latest).inner_text()
        detail = self.view_case(outbox, case_number)
        return JourneyResult(
            case_number=case_number,
            office=detail.fact("办理地点").inner_text(),
            applied_base=applied_base,
            sms=sms,
            status=detail.status.inner_text(),
            timings=tuple(self.timings),
        )

    # 第1步 … 第10步: each returns the screen the next step starts on.

    def search_item(self) -> SearchResultsPage:
        """第1步: open 首都之窗 and search the item."""
        with self._step(1) as shown:
            home = HomePage(self.page).open().enter_search(ITEM_NAME)
            shown()
            return home.search()

    def open_online_service(self, results: SearchResultsPage) -> OfficeChooserPage:
        """第2步: 【在线办理】 after the item."""
        with self._step(2) as shown:
            results.result(ITEM_NAME).scroll_into_view_if_needed()
            shown()
            return results.open_online_service(ITEM_NAME)

    def choose_office(self, chooser: OfficeChooserPage, district: str, office: str | None = None,
                      street: str | None = None) -> IdentityLoginPage:
        """第3步: choose the district (and street), then 【在线办理】 on the office's row."""
        with self._step(3) as shown:
            chooser = chooser.choose_district(district)
            if street is not None:
                chooser = chooser.choose_street(street)
            chooser.office(office).scroll_into_view_if_needed()
            shown()
            return chooser.apply_online_expecting_login(office)

    def log_in(self, login: IdentityLoginPage, persona: Account) -> NoticePage:
        """第4步: 北京通 account, password and graphic captcha, then 【登录】."""
        with self._step(4) as shown:
            login.fill_in(persona.username, persona.password, TEST_CAPTCHA)
            shown()
            return login.submit(then=NoticePage)

    def read_notice(self, notice: NoticePage) -> ContributionFormPage:
        """第5步: read 用户须知, tick the agreement, 【进入办事】."""
        with self._step(5) as shown:
            notice.agree()
            shown()
            return notice.enter()

    def fill_in_form(self, form: ContributionFormPage, wage: str,
                     cycle: str = MONTHLY) -> ConfirmationPage:
        """第6步: 缴费工资 and 缴费周期, then 【下一步】."""
        with self._step(6) as shown:
            form.fill_in(wage, cycle)
            shown()
            return form.go_to_confirmation()

    def submit(self, confirmation: ConfirmationPage) -> SubmissionSuccessPage:
        """第7步: check the values on 信息确认, then 【提交】."""
        with self._step(7) as shown:
            shown()
            return confirmation.submit()

    def read_case_number(self, success: SubmissionSuccessPage) -> str:
        """第8步: 申请提交成功 shows the 办件单号."""
        with self._step(8):
            return success.case_number.inner_text()

    def read_sms(self, success: SubmissionSuccessPage, phone: str) -> SmsOutboxPage:
        """第9步: the SMS to the account's phone, read on the outbox page."""
        with self._step(9):
            return success.header.open_sms_outbox().filter_by_phone(phone)

    def view_case(self, outbox: SmsOutboxPage, case_number: str) -> CaseDetailPage:
        """第10步: 我的空间 → 办件进度 → 我的办件 → 查看详情."""
        with self._step(10):
            return outbox.header.go_to_my_space().view_case(case_number)

    @contextmanager
    def _step(self, number: int) -> Iterator[Callable[[], None]]:
        """Run one step: name it in any failure, and report it once its screen is shown."""
        step = STEPS[number - 1]
        reported = False
        if not self.timings:
            self._last_mark = time.perf_counter()

        def shown() -> None:
            nonlocal reported
            if reported:
                return
            reported = True
            seconds = time.perf_counter() - self._last_mark
            self.timings.append(StepTiming(step.number, step.title, seconds))
            if self.on_step is not None:
                self.on_step(step.number, step.title, self.page, seconds)
            # What on_step does (a screenshot) is no step's time.
            self._last_mark = time.perf_counter()

        with named_step(str(step)):  # the step's group in the trace
            try:
                yield shown
            except JourneyStepError:
                raise
            except Exception as exc:
                raise JourneyStepError(step, exc) from exc
            shown()
