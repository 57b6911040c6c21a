"""我的办件's query and paging (domain/case_listing.py)."""

from __future__ import annotations

import pytest

from mock_portal.domain.case_listing import Query, matches, page_of, read_query

NUMBER = "111101086949863441300201400300202202206110003"


@pytest.mark.parametrize(("args", "expected"), [
    ({}, Query()),
    ({"number": NUMBER}, Query(number=NUMBER, typed_number=NUMBER)),
    ({"number": " 0611 0003 "}, Query(number="06110003", typed_number="0611 0003")),
    ({"status": "暂存"}, Query(status="暂存")),
    ({"status": "已撤回", "page": "3"}, Query(status="已撤回", page=3)),
    ({"number": "", "status": "", "page": ""}, Query()),
])
def test_a_good_query_is_read_as_asked(args, expected):
    assert read_query(args) == expected


@pytest.mark.parametrize(("args", "error"), [
    ({"number": "12a"}, "请输入办件单号（45位数字）或其中连续的几位数字。"),
    ({"number": NUMBER + "0"}, "请输入办件单号（45位数字）或其中连续的几位数字。"),
    ({"number": "１２３"}, "请输入办件单号（45位数字）或其中连续的几位数字。"),
    ({"status": "已通过"}, "没有“已通过”这一办件状态，已显示全部状态的办件。"),
    ({"page": "0"}, "页码“0”无效，已显示第1页。"),
    ({"page": "x"}, "页码“x”无效，已显示第1页。"),
    ({"page": "３"}, "页码“３”无效，已显示第1页。"),
])
def test_a_bad_part_is_dropped_and_named(args, error):
    query = read_query(args)

    assert (query.number, query.status, query.page, query.errors) == ("", "", 1, (error,))


def test_every_bad_part_is_named():
    query = read_query({"number": "x", "status": "y", "page": "z"})

    assert len(query.errors) == 3


@pytest.mark.parametrize(("query", "number", "status", "expected"), [
    (Query(), None, "暂存", True),
    (Query(number="0003"), NUMBER, "已提交", True),
    (Query(number="0004"), NUMBER, "已提交", False),
    (Query(number="0003"), None, "暂存", False),
    (Query(status="已提交"), NUMBER, "已提交", True),
    (Query(status="已受理"), NUMBER, "已提交", False),
    (Query(number="0003", status="已受理"), NUMBER, "已提交", False),
])
def test_matches(query, number, status, expected):
    assert matches(query, number, status) is expected


@pytest.mark.parametrize(("rows", "wanted", "expected"), [
    (0, 1, ([], 1, 1, None)),
    (10, 1, (list(range(10)), 1, 1, None)),
    (11, 1, (list(range(10)), 1, 2, None)),
    (11, 2, ([10], 2, 2, None)),
    (20, 2, (list(range(10, 20)), 2, 2, None)),
    (21, 5, ([20], 3, 3, "共3页，没有第5页，已显示第3页。")),
    (0, 2, ([], 1, 1, "共1页，没有第2页，已显示第1页。")),
])
def test_page_of(rows, wanted, expected):
    page = page_of(list(range(rows)), wanted)

    assert (list(page.rows), page.number, page.count, page.error) == expected
    assert page.total == rows
