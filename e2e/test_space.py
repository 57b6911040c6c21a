"""第10步: 用户空间 — 我的空间 → 办件进度 → 我的办件 → 查看详情, and the case's status over time."""

import pytest
from playwright.sync_api import expect

from pages import HomePage, IdentityLoginPage, MyCasesPage, MySpacePage
from support.portal_user import PortalUser

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.space]

#: When `declarant` declares: the mock clock frozen there (e2e/conftest.py's declaration_day).
DECLARATION_DAY = "2025-09-01T10:00:00+08:00"
STATUSES = ["全部", "暂存", "已提交", "已受理", "办理中", "已办结", "不予受理", "已撤回"]


@pytest.fixture
def space(page, persona, login) -> MySpacePage:
    """A MySpacePage: 我的空间 of `persona` (no case yet), logged in without the UI."""
    login(persona)
    return MySpacePage(page).open()


def test_a_new_person_has_no_cases(space, persona):
    expect(space.name).to_have_text(persona.name)
    expect(space.case_summary).to_have_text("共0件，已办结0件")
    expect(space.no_cases).to_have_text("暂无办件")

    progress = space.open_case_progress()
    expect(progress.statuses).to_have_text(STATUSES)
    expect(progress.counts).to_have_text(["0", "0", "0", "0", "0", "0", "0", "0"])

    cases = progress.open_my_cases()
    expect(cases.empty).to_have_text("暂无办件")


def test_my_space_masks_the_phone_number(space, persona):
    expect(space.phone).to_have_text(f"{persona.phone[:3]}****{persona.phone[-4:]}")


# On the phone too: 查看详情 in the last column of 我的办件's table, which scrolls sideways there.
@pytest.mark.portal_wide("clock")
@pytest.mark.mobile
def test_a_submitted_case_is_listed_and_detailed(submitted, persona):
    number = submitted.case_number.inner_text()

    space = submitted.go_to_my_space()
    expect(space.case_summary).to_have_text("共1件，已办结0件")
    progress = space.open_case_progress()
    expect(progress.counts).to_have_text(["1", "0", "1", "0", "0", "0", "0", "0"])
    cases = progress.open_my_cases()
    expect(cases.columns).to_have_text(
        ["办件单号", "申请事项", "申请时间", "办件状态", "办理结果", "操作"])
    expect(cases.cells(number)).to_have_text(
        [number, "灵活就业人员社会保险缴费申报与变更", "2025-09-01 10:00", "已提交", "", "查看详情"])
    detail = cases.open_case(number)

    expect(detail.case_number).to_have_text(number)
    expect(detail.status).to_have_text("已提交")
    expect(detail.fact("个人身份证号")).to_have_text(persona.id_number)
    expect(detail.fact("填报缴费工资(元)")).to_have_text("8000")
    expect(detail.applied_base).to_have_text("8000")
    expect(detail.fact("缴费年度")).to_have_text("2025年7月至2026年6月")
    expect(detail.history_cells).to_have_text(["2025-09-01 10:00:00", "已提交", ""])


@pytest.mark.portal_wide("clock")
def test_the_case_is_accepted_after_5_minutes_and_completed_the_same_day(page, case_number,
                                                                       clock):
    clock.advance(minutes=25)
    detail = MyCasesPage(page).open().open_case(case_number)
    expect(detail.status).to_have_text("已受理")

    clock.advance(minutes=5)
    detail.page.reload()

    expect(detail.status).to_have_text("已办结")
    expect(detail.history_cells).to_have_text([
        "2025-09-01 10:00:00", "已提交", "",
        "2025-09-01 10:05:00", "已受理", "",
        "2025-09-01 10:30:00", "已办结", "通过",
    ])
    space = detail.header.go_to_my_space()
    expect(space.case_summary).to_have_text("共1件，已办结1件")


@pytest.mark.portal_wide("clock")
def test_back_to_my_cases_from_the_detail(page, case_number):
    detail = MyCasesPage(page).open().open_case(case_number)

    cases = detail.back_to_my_cases()

    expect(cases.rows).to_have_count(1)


@pytest.mark.portal_wide("clock")
def test_another_persons_case_is_not_shown(case_number, make_persona, browser_elsewhere):
    page = browser_elsewhere(make_persona())

    page.goto(f"/space/progress/cases/{case_number}")

    expect(page.get_by_role("alert")).to_have_text("未找到该办件。")


def test_after_logout_my_space_asks_for_login_again(space):
    home = space.header.log_out()
    expect(home.header.login_link).to_be_visible()

    space.page.goto("/space/")

    IdentityLoginPage(space.page).wait_until_ready()


def test_the_header_leads_to_my_space(page, persona, login):
    login(persona)
    home = HomePage(page).open()

    space = home.header.go_to_my_space()

    expect(space.name).to_have_text(persona.name)


@pytest.fixture
def six_cases(portal, persona, clock) -> list[str]:
    """Six declarations by `persona`, a minute apart, made without a browser, oldest first."""
    clock.freeze(DECLARATION_DAY)
    user = PortalUser.over_http(portal, persona.username)
    numbers = []
    for n in range(6):
        numbers.append(user.declare(str(6000 + n)))
        clock.advance(minutes=1)
    return numbers


@pytest.mark.portal_wide("clock")
def test_my_space_counts_by_state_and_shows_the_five_newest(six_cases, page, persona, login):
    login(persona)

    space = MySpacePage(page).open()

    expect(space.statuses).to_have_text(STATUSES)
    expect(space.counts).to_have_text(["6", "0", "1", "0", "0", "0", "0", "5"])
    expect(space.latest_numbers).to_have_text(list(reversed(six_cases[1:])))


@pytest.mark.portal_wide("clock")
def test_a_latest_case_opens_its_details(six_cases, page, persona, login):
    login(persona)
    space = MySpacePage(page).open()

    detail = space.view_latest_case(six_cases[4])

    expect(detail.case_number).to_have_text(six_cases[4])
    expect(detail.status).to_have_text("已撤回")


@pytest.mark.portal_wide("clock")
def test_a_count_opens_my_cases_in_that_state(six_cases, page, persona, login):
    login(persona)
    space = MySpacePage(page).open()

    cases = space.open_cases_in("已提交")

    expect(cases.numbers).to_have_text([six_cases[5]])
    expect(cases.status_choice).to_have_value("已提交")
