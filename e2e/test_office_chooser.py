"""第3步: choosing the district, the street and the office (办理地点), and 查看位置."""

import pytest
from playwright.sync_api import expect

from pages import NoticePage
from support.expected import DISTRICTS, HAIDIAN_GUIDE_STREETS, HAIDIAN_ROWS


def test_the_seventeen_areas_of_the_guide_in_its_order(chooser):
    expect(chooser.district_links).to_have_text(DISTRICTS)
    expect(chooser.prompt).to_have_text("请选择参保所在区，查看办理地点。")
    expect(chooser.offices).to_be_hidden()


def test_haidian_shows_the_guides_seven_offices_verbatim(chooser):
    chooser = chooser.choose_district("海淀区")

    expect(chooser.chosen_district).to_have_text("海淀区")
    expect(chooser.office_columns).to_have_text(["办理地点", "办事指南", "在线办理"])
    expect(chooser.office_titles).to_have_text(HAIDIAN_ROWS)


def test_haidian_offers_the_streets_of_the_guide(chooser):
    chooser = chooser.choose_district("海淀区")

    expect(chooser.street_links).to_have_count(29)
    for street in HAIDIAN_GUIDE_STREETS:
        expect(chooser.streets.get_by_role("link", name=street, exact=True)).to_be_visible()


def test_a_street_narrows_the_offices_to_the_centre_and_its_own(chooser):
    chooser = chooser.choose_district("海淀区").choose_street("海淀区学院路街道")

    expect(chooser.chosen_street).to_have_text("海淀区学院路街道")
    expect(chooser.office_titles).to_have_text(HAIDIAN_ROWS[:2])


def test_a_street_without_an_office_leaves_the_district_centre(chooser):
    chooser = chooser.choose_district("海淀区").choose_street("海淀区万寿路街道")

    expect(chooser.office_titles).to_have_text(HAIDIAN_ROWS[:1])


@pytest.mark.parametrize(
    ("district", "centre"),
    [("东城区", "【东城区】北京市东城区政务服务中心人力社保综合窗口"),
     ("副中心(通州区)", "【通州区】北京市通州区政务服务中心人力社保综合窗口"),
     ("延庆区", "【延庆区】北京市延庆区政务服务中心人力社保综合窗口")],
    ids=["dongcheng", "tongzhou", "yanqing"],
)
def test_other_districts_list_their_centre_first(chooser, district, centre):
    chooser = chooser.choose_district(district)

    expect(chooser.office_titles.first).to_have_text(centre)


def test_the_economic_zone_has_one_office_and_no_streets(chooser):
    chooser = chooser.choose_district("经济开发区")

    expect(chooser.no_streets).to_be_visible()
    expect(chooser.office_titles).to_have_text(["【经济开发区】北京经济技术开发区政务服务中心社保综合窗口"])


def test_an_unknown_district_says_so(page):
    page.goto("/item/apply?district=999999")

    expect(page.get_by_role("alert")).to_have_text("未找到该区域")


def test_show_location_opens_and_closes_the_address(chooser):
    chooser = chooser.choose_district("海淀区")
    office = "【海淀区温泉地区】"
    expect(chooser.location(office)).to_be_hidden()

    chooser.show_location(office)

    expect(chooser.location(office)).to_have_text("地址：北京市海淀区温泉黑龙潭路401号")
    expect(chooser.location_button(office)).to_have_attribute("aria-expanded", "true")
    expect(chooser.location("【海淀区香山街道】")).to_be_hidden()

    chooser.hide_location(office)

    expect(chooser.location(office)).to_be_hidden()
    expect(chooser.location_button(office)).to_have_attribute("aria-expanded", "false")


def test_an_offices_guide_names_the_office(chooser):
    guide = chooser.choose_district("海淀区").open_office_guide("【海淀区学院路街道】")

    expect(guide.fact("办理地点")).to_have_text(
        "【海淀区学院路街道】北京市海淀区学院路6号院路路街道便民服务中心综合窗口（北京市海淀区学院路6号院）")


def test_online_service_logs_in_first_and_keeps_the_chosen_office(chooser, persona):
    login = chooser.choose_district("海淀区").apply_online_expecting_login("【海淀区香山街道】")

    notice = login.log_in(persona.username, persona.password, then=NoticePage)

    expect(notice.office).to_have_text("办理地点：【海淀区香山街道】香山一榉松2号便民服务中心")
