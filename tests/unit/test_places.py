"""Districts, streets, 办理地点 and handling departments."""

import pytest

from mock_portal.domain.places import (
    DISTRICTS,
    Department,
    District,
    Office,
    Street,
    UnknownPlace,
    department_for,
    district,
    office,
    offices,
    street,
    streets,
)
from support.expected import HAIDIAN_ROWS


def test_seventeen_areas_in_the_guides_order_with_their_labels():
    assert [(area.code, area.label) for area in DISTRICTS] == [
        ("110101", "东城区"),
        ("110102", "西城区"),
        ("110105", "朝阳区"),
        ("110108", "海淀区"),
        ("110106", "丰台区"),
        ("110107", "石景山区"),
        ("110109", "门头沟区"),
        ("110111", "房山区"),
        ("110112", "副中心(通州区)"),
        ("110113", "顺义区"),
        ("110114", "昌平区"),
        ("110115", "大兴区"),
        ("110116", "怀柔区"),
        ("110117", "平谷区"),
        ("110118", "密云区"),
        ("110119", "延庆区"),
        ("110115403", "经济开发区"),
    ]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("110108", District("110108", "海淀区", "海淀区")),
        ("110112", District("110112", "通州区", "副中心(通州区)")),
        ("110115403", District("110115403", "北京经济技术开发区", "经济开发区")),
    ],
    ids=["haidian", "tongzhou", "economic-zone"],
)
def test_district_names_and_labels(code, expected):
    assert district(code) == expected


def test_streets_of_a_district_come_from_the_statistical_codes():
    dongcheng = streets("110101")

    assert len(dongcheng) == 17
    assert dongcheng[0] == Street("110101001", "东华门街道", "110101", "东城区东华门街道")


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("110108030", "海淀区上庄地区"),
        ("110108005", "海淀区八里庄街道"),
        ("110108010", "海淀区学院路街道"),
        ("110108012", "海淀区海淀街道"),
        ("110108026", "海淀区温泉地区"),
        ("110108004", "海淀区甘家口街道"),
        ("110108016", "海淀区香山街道"),
        ("110108020", "海淀区马连洼街道"),
    ],
    ids=["shangzhuang", "balizhuang", "xueyuanlu", "haidian", "wenquan", "ganjiakou", "xiangshan",
         "malianwa"],
)
def test_haidian_street_labels_read_as_in_the_guide(code, label):
    assert street(code).label == label


def test_haidian_has_all_its_streets():
    assert len(streets("110108")) == 29


def test_economic_zone_has_no_streets_and_is_not_a_street_of_daxing():
    assert streets("110115403") == ()
    assert "110115403" not in {each.code for each in streets("110115")}
    assert len(streets("110115")) == 22


def test_haidian_lists_the_guides_seven_rows_verbatim_in_order():
    assert [row.title for row in offices("110108")] == HAIDIAN_ROWS


def test_haidian_rows_know_their_streets_and_ids():
    assert [(row.id, row.street_code) for row in offices("110108")] == [
        ("110108-00", None),
        ("110108-010", "110108010"),
        ("110108-026", "110108026"),
        ("110108-020", "110108020"),
        ("110108-016", "110108016"),
        ("110108-030", "110108030"),
        ("110108-012", "110108012"),
    ]


@pytest.mark.parametrize(
    ("office_id", "address"),
    [
        ("110108-00", "北京市海淀区西四环北路73号"),
        ("110108-026", "北京市海淀区温泉黑龙潭路401号"),
        ("110108-030", "北京市海淀区上庄镇上庄路60号"),
    ],
    ids=["district-centre", "wenquan", "shangzhuang"],
)
def test_haidian_addresses_for_the_map(office_id, address):
    assert office(office_id).address == address


def test_choosing_a_street_keeps_the_district_centre_first():
    assert [row.title for row in offices("110108", "110108026")] == [
        "【海淀区】北京市海淀区政务服务中心人社保分中心(人力资源公共服务专区)北京市海淀区西四环北路73号中关村人才发展...",
        "【海淀区温泉地区】北京市海淀区温泉镇政务服务中心综合窗口,北京市海淀区温泉黑龙潭路401号",
    ]


def test_a_haidian_street_without_a_row_of_its_own_shows_only_the_centre():
    assert [row.id for row in offices("110108", "110108005")] == ["110108-00"]


def test_other_districts_have_a_centre_row_and_one_row_per_street():
    rows = offices("110101")

    assert len(rows) == 18
    assert rows[:2] == (
        Office(
            "110101-00",
            "110101",
            None,
            "【东城区】北京市东城区政务服务中心人力社保综合窗口",
            "北京市东城区政务服务中心",
        ),
        Office(
            "110101-001",
            "110101",
            "110101001",
            "【东城区东华门街道】东华门街道便民服务中心综合窗口",
            "北京市东城区东华门街道便民服务中心",
        ),
    )


def test_street_filter_for_another_district():
    assert [row.title for row in offices("110112", "110112001")] == [
        "【通州区】北京市通州区政务服务中心人力社保综合窗口",
        "【通州区中仓街道】中仓街道便民服务中心综合窗口",
    ]


def test_economic_zone_has_a_single_centre_row():
    assert offices("110115403") == (
        Office("110115403-00", "110115403", None,
               "【经济开发区】北京经济技术开发区政务服务中心社保综合窗口",
               "北京经济技术开发区政务服务中心"),
    )


def test_office_ids_are_unique_and_url_safe():
    ids = [row.id for area in DISTRICTS for row in offices(area.code)]

    assert len(ids) == len(set(ids))
    assert all(each.replace("-", "").isdigit() for each in ids)


@pytest.mark.parametrize(
    ("look_up", "message"),
    [
        (lambda: district("110100"), "未找到该区域"),
        (lambda: streets("999999"), "未找到该区域"),
        (lambda: offices("999999"), "未找到该区域"),
        (lambda: street("110108999"), "未找到该街道/乡镇"),
        (lambda: street("110115403"), "未找到该街道/乡镇"),
        (lambda: offices("110108", "110101001"), "未找到该街道/乡镇"),
        (lambda: offices("110108", "nonsense"), "未找到该街道/乡镇"),
        (lambda: office("110108-999"), "未找到该办理地点"),
        (lambda: office(""), "未找到该办理地点"),
        (lambda: department_for("110100"), "未找到该区域"),
    ],
    ids=[
        "district", "streets-of-unknown-district", "offices-of-unknown-district", "street",
        "economic-zone-as-street", "street-of-another-district", "street-nonsense", "office",
        "empty-office-id", "department",
    ],
)
def test_unknown_places_say_so_in_chinese(look_up, message):
    with pytest.raises(UnknownPlace) as error:
        look_up()

    assert str(error.value) == message


def test_unknown_place_is_a_lookup_error():
    assert issubclass(UnknownPlace, LookupError)


@pytest.mark.parametrize(
    ("district_code", "expected"),
    [
        ("110108", Department("110108", "北京市海淀区社会保险事业管理中心", "111101086949863441")),
        ("110101", Department("110101", "北京市东城区社会保险事业管理中心", "11110101644329899A")),
        ("110115403", Department("110115403", "北京经济技术开发区社会保险事业管理中心",
                                 "11110115710923504A")),
    ],
    ids=["haidian", "dongcheng", "economic-zone"],
)
def test_handling_department_of_an_area(district_code, expected):
    assert department_for(district_code) == expected
