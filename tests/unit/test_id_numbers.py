"""居民身份证号: parsing, check characters and generated numbers."""

from datetime import date

import pytest

from mock_portal.domain.id_numbers import (
    IdNumber,
    InvalidIdNumber,
    check_character,
    is_valid,
    make,
    normalise,
    parse,
)


@pytest.mark.parametrize(
    ("first17", "expected"),
    [
        ("11010519491231002", "X"),
        ("11010819850314001", "2"),
        ("11010819850314000", "4"),
        ("44052418800101001", "4"),
    ],
    ids=["standard-example-x", "haidian-man", "haidian-woman", "gb-example-1880"],
)
def test_check_character_follows_mod_11_2(first17, expected):
    assert check_character(first17) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("11010519491231002X", "11010519491231002X"),
        ("11010519491231002x", "11010519491231002X"),
        ("  11010519491231002X\t", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２ｘ\u3000", "11010519491231002X"),
    ],
    ids=["plain", "lower-case-x", "surrounding-space", "full-width", "full-width-lower-x"],
)
def test_normalise_gives_half_width_upper_case(typed, expected):
    assert normalise(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("11010519491231002X", IdNumber("11010519491231002X", "110105", date(1949, 12, 31), "F")),
        ("110108198503140012", IdNumber("110108198503140012", "110108", date(1985, 3, 14), "M")),
        ("110108200002290346", IdNumber("110108200002290346", "110108", date(2000, 2, 29), "F")),
        (
            "１１０１０８１９８５０３１４００１２",
            IdNumber("110108198503140012", "110108", date(1985, 3, 14), "M"),
        ),
    ],
    ids=["woman-with-x", "man", "leap-day", "full-width"],
)
def test_parse_reads_region_birth_date_and_sex(typed, expected):
    assert parse(typed) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "身份证号应为18位"),
        ("11010519491231002", "身份证号应为18位"),
        ("11010519491231002X1", "身份证号应为18位"),
        ("1101051949123100XX", "身份证号格式不正确"),
        ("A1010519491231002X", "身份证号格式不正确"),
        ("110105 9491231002X", "身份证号格式不正确"),
        ("110105194913310021", "身份证号出生日期不正确"),
        ("110105199902300021", "身份证号出生日期不正确"),
        ("440524188001010014", "身份证号出生日期不正确"),
        ("110105194912310021", "身份证号校验位不正确"),
        ("110108198503140013", "身份证号校验位不正确"),
    ],
    ids=[
        "empty", "17-chars", "19-chars", "x-inside", "letter", "space-inside",
        "month-13", "30-february", "before-1900", "wrong-check", "check-off-by-one",
    ],
)
def test_parse_rejects_with_a_message_for_the_user(typed, message):
    with pytest.raises(InvalidIdNumber) as error:
        parse(typed)

    assert str(error.value) == message


def test_invalid_id_number_is_a_value_error():
    assert issubclass(InvalidIdNumber, ValueError)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("11010519491231002X", True),
        ("11010519491231002x", True),
        ("110105194912310021", False),
        ("", False),
    ],
    ids=["valid", "valid-lower-x", "bad-check", "empty"],
)
def test_is_valid(typed, expected):
    assert is_valid(typed) is expected


@pytest.mark.parametrize(
    ("region", "birth_date", "sex", "sequence", "expected"),
    [
        ("110108", date(1985, 3, 14), "M", 0, "110108198503140012"),
        ("110108", date(1985, 3, 14), "F", 0, "110108198503140004"),
        ("110105", date(1970, 1, 1), "F", 499, "110105197001019980"),
        ("110101", date(1965, 1, 15), "M", 499, "110101196501159998"),
        ("110108", date(2000, 2, 29), "F", 17, "110108200002290346"),
    ],
    ids=["man-first", "woman-first", "woman-last", "man-last", "leap-day"],
)
def test_make_builds_a_valid_number_with_sex_in_the_order_code(
    region, birth_date, sex, sequence, expected
):
    assert make(region, birth_date, sex, sequence) == expected


@pytest.mark.parametrize(
    ("region", "birth_date", "sex", "sequence"),
    [
        ("11010", date(1985, 3, 14), "M", 0),
        ("110108", date(1985, 3, 14), "X", 0),
        ("110108", date(1985, 3, 14), "M", 500),
        ("110108", date(1985, 3, 14), "M", -1),
        ("110108", date(1899, 12, 31), "M", 0),
    ],
    ids=["short-region", "unknown-sex", "sequence-500", "sequence-negative", "before-1900"],
)
def test_make_refuses_impossible_people(region, birth_date, sex, sequence):
    with pytest.raises(ValueError):
        make(region, birth_date, sex, sequence)
