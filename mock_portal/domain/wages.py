"""缴费工资(元): reading the wage a person types into the declaration form."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

MAX_LENGTH = 20
MAX_WHOLE_DIGITS = 8

# ASCII digits only: str.isdigit and \d would also let through digits of other scripts.
_NUMBER = re.compile(r"(?P<sign>-?)(?P<whole>[0-9]+)(?:\.(?P<fraction>[0-9]+))?")


class InvalidWage(ValueError):
    """A wage the form refuses; str() is the message shown under the field."""


def parse_wage(text: str) -> Decimal:
    """The typed wage as an exact Decimal, keeping the decimals the person typed."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        raise InvalidWage("请输入缴费工资")
    if len(cleaned) > MAX_LENGTH:
        raise InvalidWage("缴费工资金额过大，请核对后重新输入")
    match = _NUMBER.fullmatch(cleaned)
    if match is None:
        raise InvalidWage("缴费工资只能填写数字")
    amount = Decimal(cleaned)
    if match["sign"] or amount == 0:
        raise InvalidWage("缴费工资必须大于0")
    if match["fraction"] is not None and len(match["fraction"]) > 2:
        raise InvalidWage("缴费工资最多保留两位小数")
    if len(match["whole"].lstrip("0")) > MAX_WHOLE_DIGITS:
        raise InvalidWage("缴费工资金额过大，请核对后重新输入")
    return amount
