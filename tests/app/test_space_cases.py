"""我的办件 (space blueprint): search by 办件单号, filter by status, paging, bad queries."""

from __future__ import annotations

import pytest

from support.expected import ITEM
from support.html import alert_of, status_of, table_rows, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.space]

HEADER = ["办件单号", "申请事项", "申请时间", "办件状态", "办理结果", "操作"]
CASES = "/space/progress/cases"


def row(number: str, status: str) -> list[str]:
    return [number, ITEM, "2022-06-11 09:30", status, "", "查看详情"]


@pytest.fixture
def three(user, frozen_clock) -> list[str]:
    """Three declarations of the guide's day, oldest first: the first two replaced (已撤回)."""
    return [user.declare(wage) for wage in ("6000", "7000", "8000")]


@pytest.fixture
def eleven(user, frozen_clock) -> list[str]:
    """Eleven declarations of the guide's day, oldest first: one more than a page."""
    return [user.declare(str(6000 + n)) for n in range(11)]


def test_search_by_the_whole_number_finds_that_case(user, three):
    page = user.open(f"{CASES}?number={three[1]}")

    assert table_rows(page, "我的办件") == [HEADER, row(three[1], "已撤回")]


def test_search_by_the_last_digits_finds_the_case_ending_so(user, three):
    page = user.open(f"{CASES}?number=202206110002")

    assert table_rows(page, "我的办件") == [HEADER, row(three[1], "已撤回")]


def test_search_ignores_spaces_typed_inside_the_number(user, three):
    page = user.open(f"{CASES}?number=2022 0611 0003")

    assert table_rows(page, "我的办件") == [HEADER, row(three[2], "已提交")]


def test_search_finding_nothing_says_no_case_matches(user, three):
    page = user.open(f"{CASES}?number=20220612")

    assert (page.status_code, status_of(page)) == (200, "没有符合条件的办件")
    assert 'aria-label="我的办件"' not in page.text


def test_search_with_letters_says_what_to_type_and_keeps_the_text(user, three):
    page = user.open(f"{CASES}?number=ABC123")

    assert (page.status_code, alert_of(page)) == (
        400, "请输入办件单号（45位数字）或其中连续的几位数字。")
    assert 'name="number" value="ABC123"' in page.text
    assert len(table_rows(page, "我的办件")) == 4


def test_search_longer_than_a_number_says_what_to_type(user, three):
    page = user.open(f"{CASES}?number={three[0]}1")

    assert (page.status_code, alert_of(page)) == (
        400, "请输入办件单号（45位数字）或其中连续的几位数字。")


def test_filter_by_status_shows_only_cases_in_it(user, three):
    page = user.open(f"{CASES}?status=已撤回")

    assert table_rows(page, "我的办件") == [HEADER, row(three[1], "已撤回"),
                                           row(three[0], "已撤回")]
    assert "<option selected>已撤回</option>" in page.text


def test_filter_and_search_together(user, three):
    page = user.open(f"{CASES}?status=已提交&number=202206110002")

    assert status_of(page) == "没有符合条件的办件"


def test_an_unknown_status_says_so_and_shows_every_case(user, three):
    page = user.open(f"{CASES}?status=已通过")

    assert (page.status_code, alert_of(page)) == (
        400, "没有“已通过”这一办件状态，已显示全部状态的办件。")
    assert len(table_rows(page, "我的办件")) == 4


def test_the_first_page_holds_the_ten_newest_cases(user, eleven):
    page = user.open(CASES)

    assert table_rows(page, "我的办件")[1:] == [
        row(eleven[10], "已提交"), *(row(n, "已撤回") for n in reversed(eleven[1:10]))]
    assert "共11件，第1页/共2页" in text_of(page)
    assert '<span aria-disabled="true">上一页</span>' in page.text
    assert f'<a href="{CASES}?page=2">下一页</a>' in page.text


def test_the_second_page_holds_the_oldest_case(user, eleven):
    page = user.open(f"{CASES}?page=2")

    assert table_rows(page, "我的办件")[1:] == [row(eleven[0], "已撤回")]
    assert "共11件，第2页/共2页" in text_of(page)
    assert f'<a href="{CASES}?page=1">上一页</a>' in page.text
    assert '<span aria-disabled="true">下一页</span>' in page.text


def test_page_links_keep_the_search_and_the_filter(user, eleven):
    page = user.open(f"{CASES}?status=已撤回&number=2022061100")

    assert "共10件，第1页/共1页" in text_of(page)
    page = user.open(f"{CASES}?status=已撤回")
    assert "共10件，第1页/共1页" in text_of(page)
    page = user.open(f"{CASES}?number=20220611")
    assert f'<a href="{CASES}?page=2&amp;number=20220611">下一页</a>' in page.text


def test_a_page_beyond_the_last_shows_the_last_and_says_why(user, eleven):
    page = user.open(f"{CASES}?page=9")

    assert (page.status_code, alert_of(page)) == (400, "共2页，没有第9页，已显示第2页。")
    assert table_rows(page, "我的办件")[1:] == [row(eleven[0], "已撤回")]


@pytest.mark.parametrize("page_text", ["abc", "0", "-1", "1.5", "２"])
def test_a_page_that_is_no_number_shows_the_first(user, three, page_text):
    page = user.open(f"{CASES}?page={page_text}")

    assert (page.status_code, alert_of(page)) == (400, f"页码“{page_text}”无效，已显示第1页。")
    assert len(table_rows(page, "我的办件")) == 4


def test_without_cases_a_search_still_says_there_are_none(user):
    user.log_in_from_portal()

    page = user.open(f"{CASES}?number=123&status=已提交")

    assert status_of(page) == "暂无办件"
