"""第6步: every message 在线填表 gives for a wage it refuses, and the spellings it accepts."""

import pytest
from playwright.sync_api import expect

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.limits]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "请输入缴费工资"),
        ("   ", "请输入缴费工资"),
        ("abc", "缴费工资只能填写数字"),
        ("5360元", "缴费工资只能填写数字"),
        ("5,360", "缴费工资只能填写数字"),
        ("1e4", "缴费工资只能填写数字"),
        (".5", "缴费工资只能填写数字"),
        ("-5360", "缴费工资必须大于0"),
        ("0", "缴费工资必须大于0"),
        ("0.00", "缴费工资必须大于0"),
        ("5360.123", "缴费工资最多保留两位小数"),
        ("123456789", "缴费工资金额过大，请核对后重新输入"),
        ("1" * 21, "缴费工资金额过大，请核对后重新输入"),
    ],
    ids=["empty", "only-spaces", "letters", "with-unit", "thousands-separator", "exponent",
         "no-whole-part", "negative", "zero", "zero-with-decimals", "three-decimals",
         "nine-digits", "over-20-characters"],
)
def test_a_refused_wage_keeps_the_form_with_its_message(form, typed, message):
    form = form.fill_in(typed).go_to_confirmation_expecting_error()

    expect(form.error).to_have_text(message)
    expect(form.wage).to_have_accessible_description(message)
    expect(form.wage).to_have_attribute("aria-invalid", "true")
    expect(form.wage).to_have_value(typed)
    expect(form.progress.current_step).to_have_text("1 在线填表")


def test_a_corrected_wage_goes_on_to_confirmation(form):
    form = form.fill_in("abc").go_to_confirmation_expecting_error()

    confirmation = form.fill_in("8000").go_to_confirmation()

    expect(confirmation.wage).to_have_text("8000")


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("８０００", "8000"), (" 8000 ", "8000"), ("8000.5", "8000.50"), ("008000", "8000")],
    ids=["full-width-digits", "surrounding-spaces", "one-decimal", "leading-zeros"],
)
def test_an_accepted_spelling_is_confirmed_as_a_plain_amount(declare, typed, shown):
    confirmation = declare(typed)

    expect(confirmation.wage).to_have_text(shown)
