"""Script and markup in every field a page shows again — the person's name, 评价内容, the search
words, 缴费工资, the SMS outbox's filter, 我的办件's search — are shown as typed, never run: no
dialog opens and no element is injected (docs/hostile-input.md)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages import HomePage, MyCasesPage, MySpacePage, SmsOutboxPage

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.escaping, pytest.mark.hostile_input]

#: Breaks out of an attribute and a text, with an image whose error runs script and a script.
MARKUP = '"><img src="x" onerror="alert(1)"><script>alert(2)</script><b id="xss">注入</b>'
#: An image whose error runs script, within the 30 characters of a name (and the 60 of
#: 我的办件's search box; 缴费工资 is shown again up to 40).
SHORT_MARKUP = "<img src=x onerror=alert(3)>"


def expect_nothing_injected(page: Page, dialogs: list[str]) -> None:
    """No element of the markup in the page, and no dialog opened by a script."""
    expect(page.locator('img[src="x"]')).to_have_count(0)
    expect(page.locator("#xss")).to_have_count(0)
    assert dialogs == []


@pytest.fixture
def persona(make_persona):
    """A person whose name (as the control API may give it) is markup, so every page that
    greets them shows it."""
    return make_persona(name=SHORT_MARKUP)


@pytest.fixture
def dialogs(page: Page) -> list[str]:
    """The messages of every dialog the page opens (each dismissed)."""
    seen: list[str] = []
    page.on("dialog", lambda dialog: (seen.append(dialog.message), dialog.dismiss()))
    return seen


def test_a_name_in_markup_is_shown_as_typed(page, persona, login, dialogs):
    login(persona)

    space = MySpacePage(page).open()

    expect(space.name).to_have_text(SHORT_MARKUP)
    expect(space.header.greeting).to_have_text(f"您好，{SHORT_MARKUP}")
    expect_nothing_injected(page, dialogs)


def test_a_name_in_markup_fills_the_form_as_typed(form, dialogs):
    expect(form.name).to_have_value(SHORT_MARKUP)
    expect_nothing_injected(form.page, dialogs)


def test_a_comment_in_markup_is_kept_as_typed(submitted, dialogs):
    evaluation = submitted.evaluate()

    evaluation = evaluation.rate("满意", MARKUP)

    expect(evaluation.comment).to_have_value(MARKUP)
    expect_nothing_injected(evaluation.page, dialogs)


def test_a_comment_in_markup_is_shown_with_the_case_as_typed(submitted, dialogs):
    number = submitted.case_number.inner_text()
    submitted.evaluate().rate("满意", MARKUP)

    detail = MySpacePage(submitted.page).open().view_case(number)

    expect(detail.fact("我的评价")).to_have_text(f"4星：{MARKUP}")
    expect_nothing_injected(detail.page, dialogs)


def test_search_words_in_markup_are_shown_as_typed(page, dialogs):
    results = HomePage(page).open().search_for(MARKUP)

    expect(results.search_field).to_have_value(MARKUP)
    expect(results.summary).to_contain_text(MARKUP)
    expect_nothing_injected(page, dialogs)


def test_a_wage_in_markup_is_refused_and_kept_as_typed(form, dialogs):
    form = form.fill_in(SHORT_MARKUP).go_to_confirmation_expecting_error()

    expect(form.error).to_have_text("缴费工资金额过大，请核对后重新输入")
    expect(form.wage).to_have_value(SHORT_MARKUP)
    expect_nothing_injected(form.page, dialogs)


def test_an_outbox_filter_in_markup_is_kept_as_typed(page, dialogs):
    outbox = SmsOutboxPage(page).open().filter_by_phone(MARKUP)

    expect(outbox.phone).to_have_value(MARKUP)
    expect_nothing_injected(page, dialogs)


def test_a_case_number_search_in_markup_is_refused_and_kept_as_typed(page, persona, login,
                                                                     dialogs):
    login(persona)

    my_cases = MyCasesPage(page).open().search_expecting_error(SHORT_MARKUP)

    expect(my_cases.number_field).to_have_value(SHORT_MARKUP)
    expect_nothing_injected(page, dialogs)
