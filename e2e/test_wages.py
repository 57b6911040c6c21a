"""第6步: a wage 在线填表 refuses, as the person sees it (the message by its field), and corrected.

Every spelling (full-width digits confirmed as a plain amount among them) and every message is
held by tests/unit/test_wages.py (the domain) and tests/app/test_declaration_refusals.py (the
form's answer)."""

import pytest
from playwright.sync_api import expect

from support.expected import WAGE_NOT_A_NUMBER

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.limits]


def test_a_refused_wage_keeps_the_form_with_its_message_by_the_field(form):
    form = form.fill_in("5360元").go_to_confirmation_expecting_error()

    expect(form.error).to_have_text(WAGE_NOT_A_NUMBER)
    expect(form.wage).to_have_accessible_description(WAGE_NOT_A_NUMBER)
    expect(form.wage).to_have_attribute("aria-invalid", "true")
    expect(form.wage).to_have_value("5360元")
    expect(form.progress.current_step).to_have_text("1 在线填表")


def test_a_corrected_wage_goes_on_to_confirmation(form):
    form = form.fill_in("abc").go_to_confirmation_expecting_error()

    confirmation = form.fill_in("8000").go_to_confirmation()

    expect(confirmation.wage).to_have_text("8000")

