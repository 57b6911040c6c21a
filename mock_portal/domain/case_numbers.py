"""办件单号: the 45-character case number the portal gives every submitted application."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from mock_portal.domain.credit_codes import is_valid_uscc

ITEM_CODE = "3002014003002"
HANDLING_SUFFIX = "02"
ITEM_NAME = "灵活就业人员社会保险缴费申报与变更"
#: 恢复缴费 as a 业务办理项 of the same item (assumption, docs/domain.md §2.12).
RESUMPTION_SUFFIX = "03"
RESUMPTION_NAME = "灵活就业人员恢复缴费"
LENGTH = 45

_SHAPE = re.compile(r"(?P<department>.{18})(?P<item>[0-9]{13})(?P<suffix>[0-9]{2})"
                    r"(?P<day>[0-9]{8})(?P<sequence>[0-9]{4})")


@dataclass(frozen=True)
class CaseNumber:
    """The parts of a 办件单号."""

    department_code: str
    item_code: str
    handling_suffix: str
    day: date
    sequence: int


def compose(department_code: str, day: date, sequence: int,
            suffix: str = HANDLING_SUFFIX) -> str:
    """The 办件单号 of a department's `sequence`-th case of this item on `day` (`suffix`: its
    业务办理项, the declaration's unless given)."""
    if not is_valid_uscc(department_code):
        raise ValueError(f"办件单号中的统一社会信用代码不正确：{department_code}")
    if not 1 <= sequence <= 9999:
        raise ValueError(f"办件单号的当日流水号应在1至9999之间：{sequence}")
    return f"{department_code}{ITEM_CODE}{suffix}{day:%Y%m%d}{sequence:04d}"


def parse(number: str) -> CaseNumber:
    """Split a 办件单号 into its parts, checking the department's credit code."""
    if len(number) != LENGTH:
        raise ValueError(f"办件单号应为{LENGTH}位，实际为{len(number)}位")
    match = _SHAPE.fullmatch(number)
    if match is None:
        raise ValueError("办件单号格式不正确：第19至45位应为数字")
    if not is_valid_uscc(match["department"]):
        raise ValueError("办件单号中的统一社会信用代码校验位不正确")
    raw_day = match["day"]
    try:
        day = date(int(raw_day[:4]), int(raw_day[4:6]), int(raw_day[6:]))
    except ValueError:
        raise ValueError(f"办件单号中的日期不正确：{raw_day}") from None
    sequence = int(match["sequence"])
    if sequence == 0:
        raise ValueError("办件单号的当日流水号从0001开始")
    return CaseNumber(
        department_code=match["department"],
        item_code=match["item"],
        handling_suffix=match["suffix"],
        day=day,
        sequence=sequence,
    )
