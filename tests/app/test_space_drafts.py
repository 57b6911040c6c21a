"""Drafts in 我的办件 (space and declaration blueprints): 暂存 rows, 继续填写, 删除."""

from __future__ import annotations

import re

import pytest

from support.expected import HAIDIAN_ROWS, ITEM
from support.html import form_fields, status_of, table_rows, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.space, pytest.mark.form]

CASES = "/space/progress/cases"
OTHER_OFFICE_ID = "110108-010"


def draft_id_of(page) -> int:
    """The draft's id in the 继续填写 link of 我的办件."""
    return int(re.search(r'href="/declaration/resume/(\d+)"', page.text)[1])


@pytest.fixture
def drafted(user, frozen_clock) -> int:
    """A draft of `user` (6500, 按季度缴费, at 海淀区's second office), saved at GUIDE_DAY."""
    user.reach_form(OTHER_OFFICE_ID)
    user.save_draft("6500", "按季度缴费")
    return draft_id_of(user.open(CASES))


def test_a_saved_draft_is_listed_as_暂存_without_a_number(user, drafted):
    page = user.open(CASES)

    assert table_rows(page, "我的办件")[1:] == [
        ["—", ITEM, "2022-06-11 09:30", "暂存", "", "继续填写 删除"]]
    assert f'href="/space/progress/drafts/{drafted}/delete"' in page.text


def test_the_draft_sits_among_the_cases_by_time(user, drafted, clock):
    clock.advance(minutes=1)
    number = user.declare("7000")
    # 提交 drops the draft (one per person); a new one is saved later.
    clock.advance(minutes=1)
    user.reach_form()
    user.save_draft("8000")

    page = user.open(CASES)

    assert [row[:4] for row in table_rows(page, "我的办件")[1:]] == [
        ["—", ITEM, "2022-06-11 09:32", "暂存"], [number, ITEM, "2022-06-11 09:31", "已提交"]]


def test_a_draft_takes_no_number_so_the_days_sequence_is_unchanged(user, drafted):
    number = user.declare("7000")

    assert number.endswith("202206110001")


def test_filter_暂存_shows_the_draft_and_a_number_search_never_does(user, drafted):
    user.declare("7000")
    user.reach_form()
    user.save_draft("8000")

    drafts = user.open(f"{CASES}?status=暂存")
    searched = user.open(f"{CASES}?number=2022")

    assert [row[3] for row in table_rows(drafts, "我的办件")[1:]] == ["暂存"]
    assert [row[3] for row in table_rows(searched, "我的办件")[1:]] == ["已提交"]


def test_continue_passes_through_the_notice_to_the_drafts_values(user, drafted):
    user.choose_office()  # another office chosen since: 继续填写 brings the draft's back

    notice = user.open(f"/declaration/resume/{drafted}")

    assert user.path == "/declaration/notice"
    assert f"办理地点：{HAIDIAN_ROWS[1]}" in text_of(notice)
    form = user.agree_to_notice()
    assert (form_fields(form)["wage"], form_fields(form)["cycle"]) == ("6500", "按季度缴费")


def test_continue_without_agreeing_stays_on_the_notice(user, drafted):
    user.open(f"/declaration/resume/{drafted}")

    user.open("/declaration/form")

    assert user.path == "/declaration/notice"


def test_deleting_asks_first(user, drafted):
    page = user.open(f"/space/progress/drafts/{drafted}/delete")

    assert status_of(page) == "确定要删除该草稿吗？删除后填写的内容将不再保留。"
    assert table_rows(user.open(CASES), "我的办件")[1][3] == "暂存"


def test_deleting_removes_the_draft_from_my_cases_and_the_form(user, drafted):
    user.open(f"/space/progress/drafts/{drafted}/delete")

    page = user.post(f"/space/progress/drafts/{drafted}/delete", {})

    assert (user.path, status_of(page)) == (CASES, "暂无办件")
    form = user.reach_form()
    assert form_fields(form)["wage"] == ""


def test_a_deleted_draft_is_not_found_again(user, drafted):
    user.open(f"/space/progress/drafts/{drafted}/delete")
    user.post(f"/space/progress/drafts/{drafted}/delete", {})

    page = user.open(f"/declaration/resume/{drafted}")

    assert page.status_code == 404
    assert "未找到该草稿。" in text_of(page)


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/declaration/resume/{id}"),
    ("GET", "/space/progress/drafts/{id}/delete"),
    ("POST", "/space/progress/drafts/{id}/delete"),
])
def test_another_persons_draft_is_never_shown_nor_deleted(user, drafted, make_user, method,
                                                          path):
    other, _ = make_user()
    other.log_in_from_portal()
    other.open(CASES)

    if method == "GET":
        page = other.open(path.format(id=drafted))
    else:
        page = other.post(path.format(id=drafted), {})

    assert page.status_code == 404
    assert "未找到该草稿。" in text_of(page)
    assert table_rows(user.open(CASES), "我的办件")[1][3] == "暂存"


