"""Figures measured in one browser against one portal: the journey through the page objects vs a
plain script of the same clicks, a test's set-up vs a bare context, the login without the UI vs
through it, and 信息确认 reached directly vs walked to."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Browser, BrowserContext, Page

from pages import HomePage, NoticePage
from support.expected import HAIDIAN, HAIDIAN_CENTRE_NAME
from support.persona_factory import PersonaFactory
from support.personas import Persona
from support.portal_process import Portal
from support.screens import Screens

from .login import api_login, ui_login
from .measure import median
from .report import Figure

ITEM = "灵活就业人员社会保险缴费申报与变更"
CAPTCHA = "1488"


@dataclass
class Bench:
    """What every browser figure needs: a browser, a portal, personas, context options."""

    browser: Browser
    portal: Portal
    make_persona: PersonaFactory
    context_options: dict
    captcha: str | None

    def new_context(self) -> BrowserContext:
        return self.browser.new_context(base_url=self.portal.portal_url,
                                        **self.context_options)


def timed(bench: Bench, repeats: int, way: Callable[[BrowserContext, Persona], None],
          with_context: bool = False) -> list[float]:
    """Seconds of `way` per repeat, each in a fresh context with a fresh persona (one warm-up
    first, not counted); `with_context` counts the context's creation too."""
    seconds = []
    for round_ in range(repeats + 1):
        persona = bench.make_persona()
        started = time.perf_counter()
        context = bench.new_context()
        try:
            if not with_context:
                started = time.perf_counter()
            way(context, persona)
            if round_:
                seconds.append(time.perf_counter() - started)
        finally:
            context.close()
    return seconds


# The journey, 第1步 to 第8步 -------------------------------------------------------------------


def journey_by_page_objects(context: BrowserContext, persona: Persona) -> str:
    """第1–8步 with the page objects: each click waits until the next screen is showing."""
    chooser = (HomePage(context.new_page()).open().search_for(ITEM)
               .open_online_service(ITEM).choose_district(HAIDIAN))
    notice = chooser.apply_online_expecting_login(HAIDIAN_CENTRE_NAME).log_in(
        persona.username, persona.password, CAPTCHA, then=NoticePage)
    confirmation = notice.agree_and_enter().fill_in("5360").go_to_confirmation()
    return confirmation.submit().case_number.inner_text()


def journey_by_plain_script(context: BrowserContext, persona: Persona) -> str:
    """The same clicks as a recorder would write them: no readiness waits beyond Playwright's
    own auto-waiting on the next locator."""
    page: Page = context.new_page()
    page.goto("/")
    page.get_by_role("searchbox", name="搜索").fill(ITEM)
    page.get_by_role("search").get_by_role("button", name="搜索").click()
    page.get_by_role("listitem").filter(has_text=ITEM).get_by_role(
        "link", name="【在线办理】").click()
    page.get_by_role("navigation", name="区", exact=True).get_by_role(
        "link", name=HAIDIAN, exact=True).click()
    page.get_by_role("table", name="办理地点").get_by_role("row").filter(
        has_text=HAIDIAN_CENTRE_NAME).get_by_role("link", name="在线办理", exact=True).click()
    page.get_by_label("用户名/手机号/身份证号", exact=True).fill(persona.username)
    page.get_by_label("密码", exact=True).fill(persona.password)
    page.get_by_label("图形验证码", exact=True).fill(CAPTCHA)
    page.get_by_role("button", name="登录", exact=True).click()
    page.get_by_role("checkbox", name="本人已阅读并同意《北京市政务服务网申报须知》").check()
    page.get_by_role("button", name="进入办事", exact=True).click()
    page.get_by_label("缴费工资(元)").fill("5360")
    page.get_by_role("button", name="下一步", exact=True).click()
    page.get_by_role("button", name="提交", exact=True).click()
    return page.get_by_test_id("case-number").inner_text()


# A test's set-up -------------------------------------------------------------------------------


def bare_context(context: BrowserContext, persona: Persona) -> None:
    """What every browser test pays: a context and a page."""
    context.new_page()


def context_and_login(bench: Bench) -> Callable[[BrowserContext, Persona], None]:
    def set_up(context: BrowserContext, persona: Persona) -> None:
        context.new_page()
        api_login(context, bench.portal, persona, bench.captcha)
    return set_up


def confirmation_directly(bench: Bench) -> Callable[[BrowserContext, Persona], None]:
    """The `screens` fixture's way to 信息确认 (login without the UI first)."""
    def set_up(context: BrowserContext, persona: Persona) -> None:
        page = context.new_page()
        api_login(context, bench.portal, persona, bench.captcha)
        Screens(page, bench.portal).confirmation("8000")
    return set_up


def confirmation_through_ui(bench: Bench) -> Callable[[BrowserContext, Persona], None]:
    """The walk `--reach-through-ui` makes: chooser, district, office, 须知, form."""
    def set_up(context: BrowserContext, persona: Persona) -> None:
        page = context.new_page()
        api_login(context, bench.portal, persona, bench.captcha)
        Screens(page, bench.portal, through_ui=True).confirmation("8000")
    return set_up


def measure(bench: Bench, repeats: int) -> list[Figure]:
    """Every figure of this module, each beside its reference."""
    figures = []
    objects = timed(bench, repeats, journey_by_page_objects)
    plain = timed(bench, repeats, journey_by_plain_script)
    figures.append(Figure(
        "journey", "journey 第1–8步 through the page objects (search to 办件单号)", median(objects), "s",
        "plain script, same clicks", median(plain),
        "page loads and the portal's answers; the page objects add a heading check and a load "
        "wait per screen (goal: at most 1.10×)"))
    bare = timed(bench, repeats, bare_context, with_context=True)
    logged_in = timed(bench, repeats, context_and_login(bench), with_context=True)
    figures.append(Figure(
        "set-up", "per-test set-up: context + page + login without UI", median(logged_in), "ms",
        "bare context + page", median(bare),
        "the browser's context and renderer start; the login is 4 HTTP requests"))
    api = timed(bench, repeats, lambda c, p: api_login(c, bench.portal, p, bench.captcha))
    ui = timed(bench, repeats, lambda c, p: ui_login(c, bench.portal, p))
    figures.append(Figure(
        "login", "login without the UI (context.request)", median(api), "ms",
        "login through the identity page", median(ui),
        "the UI login renders two pages and the callback's redirect; without the UI only the "
        "HTTP requests remain (goal: at least 10× faster)",
        ratio_text=f"{median(ui) / median(api):.1f}× faster"))
    direct = timed(bench, repeats, confirmation_directly(bench))
    walked = timed(bench, repeats, confirmation_through_ui(bench))
    figures.append(Figure(
        "set-up", "login + 信息确认 reached directly (screens)", median(direct), "ms",
        "login + walked through chooser, 须知, form", median(walked),
        "one page load instead of five; the requests themselves are the same"))
    return figures
