"""缴费工资(元): reading the typed wage and the form's messages."""

from decimal import Decimal

import pytest

from mock_portal.domain.wages import InvalidWage, parse_wage


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("5360", "5360"),
        ("5360.5", "5360.5"),
        ("5360.50", "5360.50"),
        ("0.01", "0.01"),
        ("99999999.99", "99999999.99"),
        (" 5360 ", "5360"),
        ("５３６０", "5360"),
        ("５３６０．５０", "5360.50"),
        ("\u3000５３６０\u3000", "5360"),
        ("05360", "5360"),
    ],
    ids=[
        "whole", "one-decimal", "two-decimals", "one-fen", "largest", "surrounding-spaces",
        "full-width", "full-width-point", "full-width-spaces", "leading-zero",
    ],
)
def test_accepted_wages(typed, expected):
    wage = parse_wage(typed)

    assert wage == Decimal(expected)
    assert str(wage) == expected


def test_typed_decimals_are_kept_exactly():
    assert parse_wage("5360.5").as_tuple() == Decimal("5360.5").as_tuple()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "请输入缴费工资"),
        ("   ", "请输入缴费工资"),
        ("\u3000", "请输入缴费工资"),
        ("abc", "缴费工资只能填写数字"),
        ("+5360", "缴费工资只能填写数字"),
        ("1e4", "缴费工资只能填写数字"),
        ("NaN", "缴费工资只能填写数字"),
        ("Infinity", "缴费工资只能填写数字"),
        ("5,360", "缴费工资只能填写数字"),
        ("５，３６０", "缴费工资只能填写数字"),
        ("5 360", "缴费工资只能填写数字"),
        ("5360.", "缴费工资只能填写数字"),
        (".5", "缴费工资只能填写数字"),
        ("-", "缴费工资只能填写数字"),
        ("5360元", "缴费工资只能填写数字"),
        ("٥٣٦٠", "缴费工资只能填写数字"),
        ("-1", "缴费工资必须大于0"),
        ("-5360.123", "缴费工资必须大于0"),
        ("0", "缴费工资必须大于0"),
        ("0.00", "缴费工资必须大于0"),
        ("-0", "缴费工资必须大于0"),
        ("5360.123", "缴费工资最多保留两位小数"),
        ("0.001", "缴费工资最多保留两位小数"),
        ("100000000", "缴费工资金额过大，请核对后重新输入"),
        ("123456789.5", "缴费工资金额过大，请核对后重新输入"),
        ("1" * 21, "缴费工资金额过大，请核对后重新输入"),
        ("5360.0000000000000000", "缴费工资金额过大，请核对后重新输入"),
    ],
    ids=[
        "empty", "spaces", "full-width-space", "letters", "plus-sign", "exponent", "nan",
        "infinity", "thousands-separator", "full-width-separator", "space-inside",
        "trailing-point", "leading-point", "minus-only", "unit", "arabic-indic-digits",
        "negative", "negative-three-decimals", "zero", "zero-with-decimals", "minus-zero",
        "three-decimals", "a-tenth-of-a-fen", "nine-digits", "nine-digits-with-decimals",
        "21-chars", "21-chars-with-decimals",
    ],
)
def test_refused_wages_say_why(typed, message):
    with pytest.raises(InvalidWage) as error:
        parse_wage(typed)

    assert str(error.value) == message


def test_invalid_wage_is_a_value_error():
    assert issubclass(InvalidWage, ValueError)
