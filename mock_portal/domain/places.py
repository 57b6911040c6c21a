"""Districts (区), streets (街道/乡镇), 办理地点 and the handling departments behind them."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mock_portal.domain.credit_codes import make_uscc

DATA = Path(__file__).parent / "data"

HAIDIAN = "110108"
TONGZHOU = "110112"
# 北京经济技术开发区 has no county code; this is its statistical code under 大兴区.
ECONOMIC_ZONE = "110115403"
ECONOMIC_ZONE_REGION = "110115"

# The chooser's order in the guide, not the order of the codes.
_CHOOSER_ORDER = (
    "110101", "110102", "110105", "110108", "110106", "110107", "110109", "110111",
    TONGZHOU, "110113", "110114", "110115", "110116", "110117", "110118", "110119",
    ECONOMIC_ZONE,
)


class UnknownPlace(LookupError):
    """A district, street or office id that does not exist; str() is the user's message."""


@dataclass(frozen=True)
class District:
    """An area (区) of the chooser."""

    code: str
    name: str
    label: str


@dataclass(frozen=True)
class Street:
    """A 街道/乡镇 of a district."""

    code: str
    name: str
    district_code: str
    label: str


@dataclass(frozen=True)
class Office:
    """A 办理地点 row of the list under the chooser."""

    id: str
    district_code: str
    street_code: str | None
    title: str
    address: str


@dataclass(frozen=True)
class Department:
    """The handling department (办理部门) that receives a district's cases."""

    district_code: str
    name: str
    credit_code: str


def _read(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def _load_districts() -> tuple[District, ...]:
    names = {row["district_code"]: row["district_name"] for row in _read("beijing_districts.csv")}
    names[ECONOMIC_ZONE] = "北京经济技术开发区"
    labels = {TONGZHOU: "副中心(通州区)", ECONOMIC_ZONE: "经济开发区"}
    return tuple(
        District(code=code, name=names[code], label=labels.get(code, names[code]))
        for code in _CHOOSER_ORDER
    )


DISTRICTS: tuple[District, ...] = _load_districts()
_DISTRICTS_BY_CODE = {each.code: each for each in DISTRICTS}


def district(code: str) -> District:
    """The area with this code."""
    try:
        return _DISTRICTS_BY_CODE[code]
    except KeyError:
        raise UnknownPlace("未找到该区域") from None


def _load_streets() -> tuple[Street, ...]:
    # The economic zone is an area of its own in the chooser, not a street of 大兴区.
    return tuple(
        Street(
            code=row["street_code"],
            name=row["street_name"],
            district_code=row["district_code"],
            label=row["district_name"] + row["street_name"],
        )
        for row in _read("beijing_streets.csv")
        if row["street_code"] != ECONOMIC_ZONE
    )


_STREETS = _load_streets()
_STREETS_BY_CODE = {each.code: each for each in _STREETS}


def streets(district_code: str) -> tuple[Street, ...]:
    """The 街道/乡镇 of an area, in code order (none for 经济开发区)."""
    district(district_code)
    return tuple(each for each in _STREETS if each.district_code == district_code)


def street(code: str) -> Street:
    """The 街道/乡镇 with this code."""
    try:
        return _STREETS_BY_CODE[code]
    except KeyError:
        raise UnknownPlace("未找到该街道/乡镇") from None


# Haidian's rows as the guide prints them (typos and the cut-off first row included).
_HAIDIAN_ROWS = (
    (None,
     "【海淀区】北京市海淀区政务服务中心人社保分中心(人力资源公共服务专区)"
     "北京市海淀区西四环北路73号中关村人才发展...",
     "北京市海淀区西四环北路73号"),
    ("110108010",
     "【海淀区学院路街道】北京市海淀区学院路6号院路路街道便民服务中心综合窗口",
     "北京市海淀区学院路6号院"),
    ("110108026",
     "【海淀区温泉地区】北京市海淀区温泉镇政务服务中心综合窗口,北京市海淀区温泉黑龙潭路401号",
     "北京市海淀区温泉黑龙潭路401号"),
    ("110108020",
     "【海淀区马连洼街道】北京市海淀区马连洼街道政务大厅:北京市海淀区马连洼街道北路8号院一层综合窗口",
     "北京市海淀区马连洼街道北路8号院"),
    ("110108016",
     "【海淀区香山街道】香山一榉松2号便民服务中心",
     "北京市海淀区香山一榉松2号"),
    ("110108030",
     "【海淀区上庄地区】北京市海淀区上庄镇政务服务中心:北京市海淀区上庄镇上庄路60号政务服务中心大厅综合窗口",
     "北京市海淀区上庄镇上庄路60号"),
    ("110108012",
     "【海淀区海淀街道】海淀街道政务大厅:北京市海淀区海淀南路34号艾瑟顿商业广场五层政务服务大厅综合窗口",
     "北京市海淀区海淀南路34号艾瑟顿商业广场五层"),
)


def _office_id(district_code: str, street_code: str | None) -> str:
    return f"{district_code}-{street_code[-3:] if street_code else '00'}"


def _haidian_offices() -> tuple[Office, ...]:
    return tuple(
        Office(
            id=_office_id(HAIDIAN, street_code),
            district_code=HAIDIAN,
            street_code=street_code,
            title=title,
            address=address,
        )
        for street_code, title, address in _HAIDIAN_ROWS
    )


def _generated_offices(area: District) -> tuple[Office, ...]:
    if area.code == ECONOMIC_ZONE:
        centre = Office(
            id=_office_id(area.code, None),
            district_code=area.code,
            street_code=None,
            title="【经济开发区】北京经济技术开发区政务服务中心社保综合窗口",
            address="北京经济技术开发区政务服务中心",
        )
    else:
        centre = Office(
            id=_office_id(area.code, None),
            district_code=area.code,
            street_code=None,
            title=f"【{area.name}】北京市{area.name}政务服务中心人力社保综合窗口",
            address=f"北京市{area.name}政务服务中心",
        )
    return (centre,) + tuple(
        Office(
            id=_office_id(area.code, each.code),
            district_code=area.code,
            street_code=each.code,
            title=f"【{each.label}】{each.name}便民服务中心综合窗口",
            address=f"北京市{each.label}便民服务中心",
        )
        for each in streets(area.code)
    )


_OFFICES: dict[str, tuple[Office, ...]] = {
    area.code: _haidian_offices() if area.code == HAIDIAN else _generated_offices(area)
    for area in DISTRICTS
}
_OFFICES_BY_ID = {each.id: each for rows in _OFFICES.values() for each in rows}


def offices(district_code: str, street_code: str | None = None) -> tuple[Office, ...]:
    """The 办理地点 rows of an area; with a street, the district centre then that street's rows."""
    rows = _OFFICES.get(district_code)
    if rows is None:
        raise UnknownPlace("未找到该区域")
    if street_code is None:
        return rows
    if street_code not in _STREETS_BY_CODE or street(street_code).district_code != district_code:
        raise UnknownPlace("未找到该街道/乡镇")
    return tuple(each for each in rows if each.street_code in (None, street_code))


def office(office_id: str) -> Office:
    """The 办理地点 with this id."""
    try:
        return _OFFICES_BY_ID[office_id]
    except KeyError:
        raise UnknownPlace("未找到该办理地点") from None


# The guide's sample case number carries this code; the others are fabricated (docs/domain.md §6.3).
HAIDIAN_DEPARTMENT_CODE = "111101086949863441"


def _fabricated_org_code(district_code: str) -> str:
    digest = hashlib.sha256(district_code.encode("ascii")).hexdigest()
    return f"{int(digest, 16) % 10**8:08d}"


@cache
def department_for(district_code: str) -> Department:
    """The department that handles the cases of an area's offices."""
    area = district(district_code)
    if district_code == HAIDIAN:
        return Department(HAIDIAN, "北京市海淀区社会保险事业管理中心", HAIDIAN_DEPARTMENT_CODE)
    if district_code == ECONOMIC_ZONE:
        name, region = "北京经济技术开发区社会保险事业管理中心", ECONOMIC_ZONE_REGION
    else:
        name, region = f"北京市{area.name}社会保险事业管理中心", district_code
    code = make_uscc(region, _fabricated_org_code(district_code))
    return Department(district_code=district_code, name=name, credit_code=code)
