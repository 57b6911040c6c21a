"""Who may declare (用户须知 rules 1–2, docs/domain.md §2 and §4), as the person sees it: a stopped
person reads the reason at 进入办事; near retirement only 按月缴费 is open, and a cycle forced open
in the page is refused.

Each status, each retirement track, 11 and 12 months before retirement, a forged post and 在线填表
never reached by a stopped person are held by tests/unit/test_eligibility.py and
tests/app/test_declaration_eligibility.py."""

from datetime import date

import pytest
from playwright.sync_api import expect

from pages import ContributionFormPage
from support.expected import CYCLES, MONTHLY_ONLY, STOPPED_SUSPENDED

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.eligibility, pytest.mark.retirement]


@pytest.fixture
def near_retirement_form(make_persona, login, clock, screens) -> ContributionFormPage:
    """在线填表 for an M60 persona 11 months before retirement (only 按月缴费 open)."""
    persona = make_persona.near_retirement("M60", 11, clock.freeze_on(date(2025, 11, 1)))
    login(persona)
    return screens.form()


def test_with_11_months_to_retirement_only_monthly_is_open(near_retirement_form):
    form = near_retirement_form

    expect(form.cycle_options).to_have_text(CYCLES)
    expect(form.cycle).to_have_value("按月缴费")
    expect(form.cycle_option("按月缴费")).to_be_enabled()
    expect(form.cycle_option("按季度缴费")).to_be_disabled()
    expect(form.cycle_option("按半年缴费")).to_be_disabled()
    expect(form.cycle_option("按年缴费")).to_be_disabled()
    expect(form.cycle_note).to_have_text(MONTHLY_ONLY)


def test_a_yearly_cycle_forced_open_in_the_page_is_refused(near_retirement_form):
    form = near_retirement_form
    form.cycle_option("按年缴费").evaluate("option => { option.disabled = false; }")
    form.fill_in("8000", "按年缴费")

    form = form.go_to_confirmation_expecting_error()

    expect(form.error).to_have_text(MONTHLY_ONLY)
    expect(form.progress.current_step).to_have_text("1 在线填表")


def test_a_stopped_person_sees_the_reason_on_the_notice(make_persona, login, clock, screens):
    clock.freeze_on(date(2025, 9, 1))
    login(make_persona.ineligible("suspended"))
    notice = screens.notice().agree()

    notice = notice.enter_expecting_error()

    expect(notice.error).to_have_text(STOPPED_SUSPENDED)
