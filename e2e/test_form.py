"""第6–7步: 在线填表 and 信息确认 — prefilled fields, 保存草稿 and its restore, 上一步 at both steps."""

import pytest
from playwright.sync_api import expect

from pages import OfficeChooserPage
from support.expected import CYCLES

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.form, pytest.mark.accessibility]

#: When `declarant` declares: the mock clock frozen there (e2e/conftest.py's declaration_day).
DECLARATION_DAY = "2025-09-01T10:00:00+08:00"


def test_name_and_id_number_come_from_the_login_and_are_read_only(form, persona):
    expect(form.name).to_have_value(persona.name)
    expect(form.name).not_to_be_editable()
    expect(form.id_number).to_have_value(persona.id_number)
    expect(form.id_number).not_to_be_editable()


def test_the_wage_is_empty_with_the_guides_placeholder_and_the_years_limits(form):
    expect(form.wage).to_have_value("")
    expect(form.wage).to_have_attribute("placeholder", "请输入金额以确认新缴费年度的缴费")
    expect(form.limits_hint).to_have_text(
        "本缴费年度（2025年7月至2026年6月）缴费基数下限7162元，上限35811元")


def test_the_cycle_offers_four_choices_and_starts_monthly(form):
    expect(form.cycle_options).to_have_text(CYCLES)
    expect(form.cycle).to_have_value("按月缴费")


def test_the_progress_bar_marks_the_current_step(form):
    expect(form.progress.current_step).to_have_text("1 在线填表")

    confirmation = form.fill_in("8000").go_to_confirmation()

    expect(confirmation.progress.current_step).to_have_text("2 信息确认")


def test_previous_on_the_form_goes_back_to_the_notice(form):
    notice = form.go_back()

    expect(notice.agreement).to_be_visible()


def test_previous_on_the_form_keeps_the_values_for_the_way_back(form):
    notice = form.fill_in("8000.5", "按半年缴费").go_back()

    form = notice.agree_and_enter()

    expect(form.wage).to_have_value("8000.5")
    expect(form.cycle).to_have_value("按半年缴费")


def test_previous_on_the_confirmation_keeps_the_values(confirmation_of):
    confirmation = confirmation_of("8000.5", "按季度缴费")

    form = confirmation.go_back()

    expect(form.wage).to_have_value("8000.5")
    expect(form.cycle).to_have_value("按季度缴费")


def test_a_changed_value_after_previous_is_confirmed(confirmation_of):
    form = confirmation_of("8000").go_back()

    confirmation = form.fill_in("9000", "按年缴费").go_to_confirmation()

    expect(confirmation.wage).to_have_text("9000")
    expect(confirmation.cycle).to_have_text("按年缴费")


# On the phone too: 保存草稿 among the stacked rows (the walk only goes on).
@pytest.mark.mobile
def test_save_draft_says_so_and_keeps_the_values(form):
    form = form.fill_in("9000", "按年缴费").save_draft()

    expect(form.draft_status).to_have_text("草稿已保存")
    expect(form.wage).to_have_value("9000")
    expect(form.cycle).to_have_value("按年缴费")


def test_a_saved_draft_comes_back_on_the_next_visit(form, persona, clock, browser_elsewhere):
    form.fill_in("9000", "按半年缴费").save_draft()
    clock.advance(days=1)
    next_visit = browser_elsewhere(persona)

    form = (OfficeChooserPage(next_visit).open().choose_district("海淀区").apply_online()
            .agree_and_enter())

    expect(form.draft_status).to_have_text("已恢复您于2025-09-01 10:00保存的草稿")
    expect(form.wage).to_have_value("9000")
    expect(form.cycle).to_have_value("按半年缴费")
