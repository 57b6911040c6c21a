"""统一社会信用代码 (GB 32100-2015) and the 组织机构代码 (GB 11714) embedded in it."""

from __future__ import annotations

import re

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

_ORG_BODY = re.compile(r"[0-9A-Z]{8}")
_REGION = re.compile(r"[0-9]{6}")


def org_code_check(code8: str) -> str:
    """The check character (校验码) of an 8-character 组织机构代码 body."""
    if not _ORG_BODY.fullmatch(code8):
        raise ValueError("an organisation code body is 8 digits or upper-case letters")
    # GB 11714 values letters from A = 10 upwards, including I, O, S, V and Z.
    values = (int(char) if char.isdigit() else ord(char) - 55 for char in code8)
    total = sum(value * weight for value, weight in zip(values, ORG_CODE_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def uscc_check(first17: str) -> str:
    """The 18th character (校验码) of a 统一社会信用代码."""
    if len(first17) != 17 or any(char not in USCC_ALPHABET for char in first17):
        raise ValueError("a credit code body is 17 characters of the GB 32100 alphabet")
    total = sum(USCC_ALPHABET.index(char) * w for char, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def is_valid_uscc(code: str) -> bool:
    """Whether `code` is a 统一社会信用代码 whose two check characters both verify."""
    if len(code) != 18 or any(char not in USCC_ALPHABET for char in code):
        return False
    if not _REGION.fullmatch(code[2:8]) or not _ORG_BODY.fullmatch(code[8:16]):
        return False
    return code[16] == org_code_check(code[8:16]) and code[17] == uscc_check(code[:17])


def make_uscc(region: str, org8: str, registration: str = "1", kind: str = "1") -> str:
    """A valid 统一社会信用代码; the defaults (1, 1) mean registered by 机构编制, a 机关."""
    if not _REGION.fullmatch(region):
        raise ValueError("region must be a 6-digit administrative division code")
    for name, char in (("registration", registration), ("kind", kind)):
        if len(char) != 1 or char not in USCC_ALPHABET:
            raise ValueError(f"{name} must be one character of the GB 32100 alphabet")
    first17 = registration + kind + region + org8 + org_code_check(org8)
    return first17 + uscc_check(first17)
