"""ARIA snapshots of the key screens: 用户须知, 在线填表, 信息确认, 申请提交成功, 查看详情 and the
identity platform's login page. Each screen's main landmark is matched against its file in
e2e/aria/ (`--update-aria-snapshots` rewrites them); the clock is frozen, and the values that
still change from run to run (the 办件单号, the persona) are kept in the files as patterns."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.accessibility]

#: When `declarant` declares: the mock clock frozen there (e2e/conftest.py's declaration_day).
DECLARATION_DAY = "2025-10-20T10:00:00+08:00"

#: 45 characters: a 统一社会信用代码 (digits and capitals), then digits (docs/domain.md §6).
CASE_NUMBER = r"[0-9A-Z]{45}"


@pytest.fixture
def volatile(persona) -> dict[str, str]:
    """The persona's values, as patterns (the persona changes with the test's name)."""
    return {persona.name: r"\S{2,4}", persona.id_number: r"\d{17}[\dX]"}


def main(page: Page):
    return page.get_by_role("main")


@pytest.mark.portal_wide("clock")
def test_notice(notice, match_aria_snapshot, volatile):
    match_aria_snapshot(main(notice.page), "notice", volatile)


@pytest.mark.portal_wide("clock")
def test_form(form, match_aria_snapshot, volatile):
    match_aria_snapshot(main(form.page), "form", volatile)


@pytest.mark.portal_wide("clock")
def test_confirmation(confirmation_of, match_aria_snapshot, volatile):
    confirmation = confirmation_of("8000")

    match_aria_snapshot(main(confirmation.page), "confirmation", volatile)


@pytest.mark.portal_wide("clock")
def test_success(submitted, match_aria_snapshot, volatile):
    number = submitted.case_number.inner_text()

    match_aria_snapshot(main(submitted.page), "success", {**volatile, number: CASE_NUMBER})


@pytest.mark.portal_wide("clock")
def test_case_detail(submitted, match_aria_snapshot, volatile):
    number = submitted.case_number.inner_text()

    detail = submitted.go_to_my_space().view_latest_case(number)

    match_aria_snapshot(main(detail.page), "case-detail", {**volatile, number: CASE_NUMBER})


def test_login(login_page, match_aria_snapshot):
    match_aria_snapshot(main(login_page.page), "login")
