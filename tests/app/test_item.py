"""办事指南 and 在线办理's district/office chooser (item blueprint)."""

from __future__ import annotations

import pytest

from support.expected import (
    DISTRICTS,
    GUIDE_DAY,
    HAIDIAN_CENTRE_ROW,
    HAIDIAN_GUIDE_STREETS,
    HAIDIAN_ROWS,
    NOTICE_RULES,
)
from support.html import alert_of, chooser_links, list_items, office_rows, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.limits, pytest.mark.contribution_year]

# 办事指南 --------------------------------------------------------------------------------------


def test_guide_states_the_four_rules_verbatim(client):
    page = client.get("/item/guide")

    assert page.status_code == 200
    assert list_items(page, r'<div class="card notice">') == NOTICE_RULES


def test_guide_shows_the_current_contribution_year_and_its_limits(client, clock):
    clock.freeze(GUIDE_DAY)

    page = client.get("/item/guide")

    assert "当前缴费年度 2021年7月至2022年6月，缴费基数下限5360元，上限28221元" in text_of(page)


def test_guide_marks_limits_borrowed_from_an_earlier_year(client, clock):
    clock.freeze("2026-08-01T10:00:00+08:00")

    page = client.get("/item/guide")

    assert ("当前缴费年度 2026年7月至2027年6月，缴费基数下限7162元，上限35811元（暂按上年度）"
            in text_of(page))


def test_guide_of_an_office_row_names_the_office(client):
    page = client.get("/item/guide", query_string={"office": "110108-010"})

    assert ("办理地点 【海淀区学院路街道】北京市海淀区学院路6号院路路街道便民服务中心综合窗口"
            "（北京市海淀区学院路6号院）") in text_of(page)


# 第3步 在线办理: the district and office chooser -----------------------------------------------


def test_office_chooser_offers_the_seventeen_areas_in_the_guides_order(client):
    page = client.get("/item/apply")

    assert page.status_code == 200
    assert chooser_links(page, "区") == DISTRICTS
    assert "请选择参保所在区，查看办理地点。" in text_of(page)


def test_haidian_lists_the_guides_seven_office_rows_verbatim(client):
    page = client.get("/item/apply", query_string={"district": "110108"})

    assert page.status_code == 200
    assert office_rows(page) == HAIDIAN_ROWS


def test_haidian_street_chooser_offers_the_guides_streets(client):
    page = client.get("/item/apply", query_string={"district": "110108"})

    streets = chooser_links(page, "街道/乡镇")
    assert len(streets) == 29
    for street in HAIDIAN_GUIDE_STREETS:
        assert street in streets


def test_office_row_has_location_guide_and_apply(client):
    page = client.get("/item/apply", query_string={"district": "110108"})

    body = page.text
    assert '<button type="button" class="btn-link show-location"' in body
    assert "查看位置" in text_of(page)
    assert "地址：北京市海淀区西四环北路73号" in text_of(page)
    assert '<a href="/item/guide?office=110108-00">办事指南</a>' in body
    assert '<a href="/declaration/start/110108-00">在线办理</a>' in body


def test_choosing_a_street_keeps_the_district_centre_and_that_streets_row(client):
    page = client.get("/item/apply", query_string={"district": "110108", "street": "110108010"})

    assert office_rows(page) == [
        HAIDIAN_CENTRE_ROW,
        "【海淀区学院路街道】北京市海淀区学院路6号院路路街道便民服务中心综合窗口",
    ]


def test_economic_zone_has_one_office_and_no_streets(client):
    page = client.get("/item/apply", query_string={"district": "110115403"})

    assert office_rows(page) == ["【经济开发区】北京经济技术开发区政务服务中心社保综合窗口"]
    assert "（本区域无街道/乡镇可选）" in text_of(page)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"district": "110100"}, "未找到该区域"),
        ({"district": "110108", "street": "110108999"}, "未找到该街道/乡镇"),
        ({"district": "110108", "street": "110101001"}, "未找到该街道/乡镇"),
    ],
    ids=["unknown-district", "unknown-street", "street-of-another-district"],
)
def test_unknown_place_in_the_chooser_is_not_found_in_chinese(client, query, message):
    page = client.get("/item/apply", query_string=query)

    assert page.status_code == 404
    assert alert_of(page) == message
