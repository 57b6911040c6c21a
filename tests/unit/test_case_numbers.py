"""办件单号: composing and reading the 45-character case number."""

from datetime import date

import pytest

from mock_portal.domain.case_numbers import (
    HANDLING_SUFFIX,
    ITEM_CODE,
    ITEM_NAME,
    CaseNumber,
    compose,
    parse,
)
from mock_portal.domain.credit_codes import is_valid_uscc
from mock_portal.domain.places import DISTRICTS, department_for

GUIDE_SAMPLE = "111101086949863441300201400300202202206110003"


def test_item_constants():
    assert (ITEM_CODE, HANDLING_SUFFIX, ITEM_NAME) == (
        "3002014003002",
        "02",
        "灵活就业人员社会保险缴费申报与变更",
    )


def test_guides_sample_is_composed_from_its_parts():
    assert compose("111101086949863441", date(2022, 6, 11), 3) == GUIDE_SAMPLE


def test_guides_sample_parses_into_its_parts():
    assert parse(GUIDE_SAMPLE) == CaseNumber(
        department_code="111101086949863441",
        item_code="3002014003002",
        handling_suffix="02",
        day=date(2022, 6, 11),
        sequence=3,
    )


@pytest.mark.parametrize(
    ("department_code", "day", "sequence", "expected"),
    [
        ("111101086949863441", date(2025, 7, 1), 1,
         "111101086949863441300201400300202202507010001"),
        ("111101086949863441", date(2024, 12, 31), 9999,
         "111101086949863441300201400300202202412319999"),
        ("11110101644329899A", date(2026, 1, 5), 42,
         "11110101644329899A300201400300202202601050042"),
    ],
    ids=["first-of-day", "last-of-day", "dongcheng"],
)
def test_compose(department_code, day, sequence, expected):
    assert compose(department_code, day, sequence) == expected


@pytest.mark.parametrize(
    ("department_code", "sequence"),
    [
        ("111101086949863441", 0),
        ("111101086949863441", 10000),
        ("111101086949863442", 1),
        ("11110108694986344", 1),
    ],
    ids=["sequence-0", "sequence-10000", "tampered-check", "short-code"],
)
def test_compose_refuses_bad_parts(department_code, sequence):
    with pytest.raises(ValueError):
        compose(department_code, date(2022, 6, 11), sequence)


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("11110108694986344130020140030020220220611000", "办件单号应为45位"),
        ("111101086949863441300201400300202202206110003 ", "办件单号应为45位"),
        ("111101086949863442300201400300202202206110003", "校验位不正确"),
        ("111101086949863541300201400300202202206110003", "校验位不正确"),
        ("111101086949863441300201400300202202202300003", "日期不正确"),
        ("111101086949863441300201400300202202206110000", "流水号"),
        ("11110108694986344130020140030020220220611000A", "格式不正确"),
    ],
    ids=[
        "44-chars", "trailing-space", "tampered-uscc-check", "tampered-org-check",
        "30-february", "sequence-0000", "letter-in-sequence",
    ],
)
def test_parse_refuses_malformed_numbers_with_a_clear_message(number, message):
    with pytest.raises(ValueError, match=message):
        parse(number)


# Fabricated codes are pinned so that case numbers stay the same from one run to the next.
DEPARTMENT_CODES = {
    "110101": "11110101644329899A",
    "110102": "11110102628615908R",
    "110105": "111101057022775650",
    "110108": "111101086949863441",
    "110106": "111101060763073240",
    "110107": "111101075865251459",
    "110109": "11110109788674210E",
    "110111": "11110111212658146B",
    "110112": "11110112146480182D",
    "110113": "11110113310804266G",
    "110114": "11110114565917844Q",
    "110115": "1111011571276800XM",
    "110116": "11110116338285357Y",
    "110117": "111101170931965824",
    "110118": "111101184877224504",
    "110119": "11110119356559075A",
    "110115403": "11110115710923504A",
}


@pytest.mark.parametrize(
    ("district_code", "expected"), DEPARTMENT_CODES.items(), ids=list(DEPARTMENT_CODES)
)
def test_every_departments_code_is_stable_and_valid(district_code, expected):
    code = department_for(district_code).credit_code

    assert code == expected
    assert is_valid_uscc(code)


def test_every_area_has_its_own_department_code():
    codes = [department_for(area.code).credit_code for area in DISTRICTS]

    assert len(set(codes)) == len(DISTRICTS) == 17
    assert len({code[8:16] for code in codes}) == 17


@pytest.mark.parametrize("district_code", list(DEPARTMENT_CODES), ids=list(DEPARTMENT_CODES))
def test_every_departments_case_number_round_trips(district_code):
    code = department_for(district_code).credit_code

    parsed = parse(compose(code, date(2025, 7, 1), 12))

    assert parsed == CaseNumber(code, "3002014003002", "02", date(2025, 7, 1), 12)
