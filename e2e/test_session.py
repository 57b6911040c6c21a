"""A portal session idle for more than 30 minutes (mock clock): login again, then back."""

import pytest
from playwright.sync_api import expect

from pages import CaseProgressPage, ContributionFormPage, MySpacePage

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.identity]


def test_an_expired_session_on_the_form_goes_through_login_and_back(form, persona, clock):
    form.fill_in("8000")
    clock.advance(minutes=31)

    login = form.go_to_confirmation_expecting_login()
    form = login.log_in(persona.username, persona.password, then=ContributionFormPage)

    expect(form.name).to_have_value(persona.name)
    confirmation = form.fill_in("8000").go_to_confirmation()
    expect(confirmation.wage).to_have_text("8000")


def test_an_expired_session_in_my_space_goes_through_login_and_back(page, persona, login,
                                                                    clock):
    login(persona)
    space = MySpacePage(page).open()
    clock.advance(minutes=31)

    progress = space.open_case_progress_expecting_login().log_in(
        persona.username, persona.password, then=CaseProgressPage)

    expect(progress.header.greeting).to_have_text(f"您好，{persona.name}")


def test_a_session_idle_for_29_minutes_is_still_alive(page, persona, login, clock):
    login(persona)
    space = MySpacePage(page).open()
    clock.advance(minutes=29)

    progress = space.open_case_progress()

    expect(progress.header.greeting).to_have_text(f"您好，{persona.name}")
