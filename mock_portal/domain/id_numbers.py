"""居民身份证号: the 18-character citizen ID number of GB 11643 (ISO 7064 MOD 11-2 check)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"
EARLIEST_BIRTH_DATE = date(1900, 1, 1)

_SHAPE = re.compile(r"[0-9]{17}[0-9X]")


class InvalidIdNumber(ValueError):
    """An ID number the portal refuses; str() is the message shown to the user."""


@dataclass(frozen=True)
class IdNumber:
    """A checked 居民身份证号 and what it says about its holder."""

    number: str
    region: str
    birth_date: date
    sex: str  # "M" or "F"


def normalise(text: str) -> str:
    """The ID number as typed, in half-width characters with an upper-case X."""
    return unicodedata.normalize("NFKC", text).strip().upper()


def check_character(first17: str) -> str:
    """The 18th character (校验码) for the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("the check character needs exactly 17 digits")
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARACTERS[total % 11]


def parse(text: str) -> IdNumber:
    """Check an ID number and read its region, birth date and sex."""
    number = normalise(text)
    if len(number) != 18:
        raise InvalidIdNumber("身份证号应为18位")
    if not _SHAPE.fullmatch(number):
        raise InvalidIdNumber("身份证号格式不正确")
    try:
        birth_date = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise InvalidIdNumber("身份证号出生日期不正确") from None
    if birth_date < EARLIEST_BIRTH_DATE:
        raise InvalidIdNumber("身份证号出生日期不正确")
    if number[17] != check_character(number[:17]):
        raise InvalidIdNumber("身份证号校验位不正确")
    sex = "M" if int(number[16]) % 2 else "F"
    return IdNumber(number=number, region=number[:6], birth_date=birth_date, sex=sex)


def is_valid(text: str) -> bool:
    """Whether `text` is a well-formed ID number."""
    try:
        parse(text)
    except InvalidIdNumber:
        return False
    return True


def make(region: str, birth_date: date, sex: str, sequence: int) -> str:
    """A valid ID number for a person; `sequence` (0–499) picks the order code."""
    if len(region) != 6 or not region.isascii() or not region.isdigit():
        raise ValueError("region must be 6 digits")
    if sex not in ("M", "F"):
        raise ValueError('sex must be "M" or "F"')
    if not 0 <= sequence <= 499:
        raise ValueError("sequence must be between 0 and 499")
    if not EARLIEST_BIRTH_DATE <= birth_date <= date(9999, 12, 31):
        raise ValueError("birth date must be on or after 1900-01-01")
    # The order code's last digit carries the sex: odd for men, even for women.
    order = 2 * sequence + (1 if sex == "M" else 0)
    first17 = f"{region}{birth_date:%Y%m%d}{order:03d}"
    return first17 + check_character(first17)
