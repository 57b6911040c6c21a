"""Who may declare (用户须知 rules 1–2, docs/domain.md §2 and §4): stopped statuses and persons past
retirement age never reach 在线填表; near retirement only 按月缴费 is open."""

import re
from datetime import date

import pytest
from playwright.sync_api import expect

from pages import ContributionFormPage, NoticePage

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.eligibility, pytest.mark.retirement]


MONTHLY_ONLY = "您距法定退休年龄不足12个月，缴费周期应为按月缴费。"
CYCLES = ["按月缴费", "按季度缴费", "按半年缴费", "按年缴费"]


@pytest.fixture
def at(clock):
    """`at(today)`: freeze the mock clock at 10:00 Beijing time on `today`."""

    def freeze(today: date) -> date:
        clock.set(f"{today:%Y-%m-%d}T10:00:00+08:00", frozen=True)
        return today

    return freeze


# Not every month is someone's retirement month during the reform's phase-in: these exist.
ELEVEN_MONTHS_LEFT = [("M60", date(2025, 11, 1)), ("F55", date(2025, 11, 1)),
                      ("F50", date(2025, 9, 1))]
TWELVE_MONTHS_LEFT = [("M60", date(2025, 11, 1)), ("F55", date(2025, 11, 1)),
                      ("F50", date(2025, 9, 1))]


@pytest.mark.parametrize(("track", "today"), ELEVEN_MONTHS_LEFT, ids=["M60", "F55", "F50"])
def test_with_11_months_to_retirement_only_monthly_is_open(make_persona, login, at, reach,
                                                           track, today):
    login(make_persona.near_retirement(track, 11, at(today)))

    form = reach.form()

    expect(form.cycle_options).to_have_text(CYCLES)
    expect(form.cycle).to_have_value("按月缴费")
    expect(form.cycle_option("按月缴费")).to_be_enabled()
    expect(form.cycle_option("按季度缴费")).to_be_disabled()
    expect(form.cycle_option("按半年缴费")).to_be_disabled()
    expect(form.cycle_option("按年缴费")).to_be_disabled()
    expect(form.cycle_note).to_have_text(MONTHLY_ONLY)


@pytest.mark.parametrize(("track", "today"), TWELVE_MONTHS_LEFT, ids=["M60", "F55", "F50"])
def test_with_12_months_to_retirement_every_cycle_is_open(make_persona, login, at, reach,
                                                          track, today):
    login(make_persona.near_retirement(track, 12, at(today)))

    form = reach.form()

    for cycle in CYCLES:
        expect(form.cycle_option(cycle)).to_be_enabled()
    expect(form.cycle_note).to_have_count(0)


@pytest.fixture
def near_retirement_form(make_persona, login, at, reach) -> ContributionFormPage:
    """在线填表 for an M60 persona 11 months before retirement (only 按月缴费 open)."""
    persona = make_persona.near_retirement("M60", 11, at(date(2025, 11, 1)))
    login(persona)
    return reach.form()


def test_a_yearly_cycle_forced_open_in_the_page_is_refused(near_retirement_form, admin):
    form = near_retirement_form
    form.cycle_option("按年缴费").evaluate("option => { option.disabled = false; }")
    form.fill_in("8000", "按年缴费")

    form = form.go_to_confirmation_expecting_error()

    expect(form.error).to_have_text(MONTHLY_ONLY)
    expect(form.progress.current_step).to_have_text("1 在线填表")


def test_a_forged_quarterly_post_is_refused(near_retirement_form):
    form = near_retirement_form
    token = form.csrf_token.input_value()

    response = form.page.request.post("/declaration/form", form={
        "csrf_token": token, "wage": "8000", "cycle": "按季度缴费", "action": "next"})

    assert response.status == 400
    assert MONTHLY_ONLY in response.text()
    form.page.goto("/declaration/confirm")
    expect(ContributionFormPage(form.page).wait_until_ready().progress.current_step).to_have_text(
        "1 在线填表")


STOPPED = [
    ("suspended", "您当前处于暂停缴费状态，不能办理本事项。请先办理恢复缴费后再申报。"),
    ("interrupted", "您已中断缴费，不能办理本事项。请先办理恢复缴费，恢复后养老保险费、失业保险费"
                    "从申请之月起按月缴纳。"),
    ("employed", "您当前在单位参保，不能以灵活就业人员身份办理本事项。"),
    ("not_insured", "您尚未在本市以灵活就业人员身份参保，请先办理灵活就业人员参保登记。"),
    ("retired", "您已办理退休，不能办理本事项。"),
]


def _stopped(status):
    return lambda make: make.ineligible(status)


#: Who is stopped at 进入办事, and the reason they read there.
REFUSED = [(_stopped(status), reason) for status, reason in STOPPED] + [
    (lambda make: make(born=date(1950, 3, 8), retirement_track="M60"),
     "您已达到法定退休年龄（60岁），不能办理本事项。"),
    (lambda make: make.near_retirement("M60", 0, date(2025, 9, 1)),
     "您已达到法定退休年龄（60岁2个月），不能办理本事项。"),
]


@pytest.mark.parametrize(
    ("persona_of", "reason"), REFUSED,
    ids=[status for status, _ in STOPPED] + ["past-retirement-long-ago",
                                              "past-retirement-this-month"],
)
def test_a_stopped_person_sees_the_reason_and_never_reaches_the_form(
        page, make_persona, login, at, reach, persona_of, reason):
    at(date(2025, 9, 1))
    login(persona_of(make_persona))
    notice = reach.notice().agree()

    notice = notice.enter_expecting_error()

    expect(notice.error).to_have_text(reason)
    page.goto("/declaration/form")
    expect(NoticePage(page).wait_until_ready().agreement).not_to_be_checked()
    expect(page).to_have_url(re.compile(r"/declaration/notice$"))
