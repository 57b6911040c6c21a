"""The guide's ten screens and the 用户空间 pages compared with their pictures
(`expect_screenshot`, baselines in e2e/test_screens.py-snapshots/), desktop and phone, in one
walk each: every screen on the desktop; on the phone one screen for each of portal.css's phone
rules (the header on all of them) and the identity platform's panel at a phone's width. The texts and roles are the ARIA snapshots' and the other tests'; these catch what
only a picture shows: a colour, an alignment, a size. The clock is frozen on the guide's day and
what still changes from run to run is masked. The same walk checks what `Journey.run` reports
for each step and returns (it walked the guide's screens twice on the desktop before, D40)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page

from pages import STEPS, Header, Journey
from pages.components import CAPTCHA_NAME
from pages.steps import step
from support.expected import GUIDE_DAY, HAIDIAN_CENTRE_ROW, SMS_SUBMITTED

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.visual, pytest.mark.case_number]

#: A name of fixed length: a longer one would move what follows it, mask or not.
NAME = "王小明"
CASE_NUMBER = re.compile(r"[0-9A-Z]{45}")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A phone number as 我的空间 shows it: 138****1234.
HIDDEN_PHONE = re.compile(r"\d{3}\*{4}\d{4}")
#: Up to this width portal.css's phone rules apply (`@media (max-width: 640px)`).
PHONE_WIDTH = 640
#: The screens pictured at a phone's width, one for each phone rule (each also shows the
#: stacked header): the offices table, the identity platform's login panel, the stacked form
#: rows, 信息确认's values, 用户空间's column and nav, 我的办件's scrolling table. The others
#: change there only by the header; the desktop pictures them all.
PHONE_SCREENS = {"step-02", "step-03", "step-05", "step-06", "my-space", "my-cases"}


def volatile(page: Page, persona) -> list[Locator]:
    """What differs from run to run on any of these screens: the persona's values (shown,
    hidden in part, or typed into a field), the 办件单号, dates and the captcha."""
    shown = [page.get_by_text(value) for value in
             (persona.name, persona.id_number, persona.phone, persona.username)]
    filled = [page.locator(f'input[value="{value}"]') for value in
              (persona.name, persona.id_number)]
    typed = [page.get_by_placeholder("用户名/手机号/身份证号"), page.get_by_label("手机号", exact=True)]
    return [*shown, *filled, *typed, page.get_by_text(CASE_NUMBER), page.get_by_text(DATE),
            page.get_by_text(HIDDEN_PHONE),
            page.get_by_role("button", name=CAPTCHA_NAME)]


@pytest.mark.portal_wide("clock")
@pytest.mark.mobile
def test_the_guides_ten_screens_and_my_space_look_as_pictured(page, make_persona, clock,
                                                              expect_screenshot):
    clock.set(GUIDE_DAY, frozen=True)
    persona = make_persona(name=NAME)
    phone = page.viewport_size["width"] <= PHONE_WIDTH

    def looks_as_pictured(name: str) -> None:
        if phone and name not in PHONE_SCREENS:
            return
        # soft: every screen is compared, each mismatch reported with its step.
        expect_screenshot(page, name, mask=volatile(page, persona), full_page=True, soft=True)

    reported = []

    def on_step(number: int, title: str, _page: Page, seconds: float) -> None:
        reported.append((number, title, seconds >= 0))
        looks_as_pictured(f"step-{number:02d}")

    result = Journey(page, on_step=on_step).run(persona, wage="3000")

    assert reported == [(each.number, each.title, True) for each in STEPS]
    assert [str(each) for each in STEPS] == [
        "第1步 登录首都之窗网站，搜索事项",
        "第2步 点击【在线办理】",
        "第3步 选择参保所在区，点击【在线办理】",
        "第4步 登录北京市统一身份认证平台",
        "第5步 阅读用户须知，进入办事",
        "第6步 在线填表",
        "第7步 信息确认",
        "第8步 办件提交成功",
        "第9步 办件短信反馈",
        "第10步 进入用户空间查看办件",
    ]
    assert re.fullmatch(r"11110108694986344130020140030020220220611\d{4}", result.case_number)
    # 3000 is below 2021's lower limit: the base applied is the lower limit.
    assert (result.office, result.applied_base, result.status) == (
        HAIDIAN_CENTRE_ROW, "5360", "已提交")
    assert result.sms == SMS_SUBMITTED.format(number=result.case_number)

    with step("用户空间"):
        my_space = Header(page).go_to_my_space()
        looks_as_pictured("my-space")
        progress = my_space.open_case_progress()
        looks_as_pictured("case-progress")
        progress.open_my_cases()
        looks_as_pictured("my-cases")
        Header(page).go_to_my_space().open_messages()
        looks_as_pictured("my-messages")
