"""统一社会信用代码 and 组织机构代码 check characters."""

import pytest

from mock_portal.domain.credit_codes import is_valid_uscc, make_uscc, org_code_check, uscc_check


@pytest.mark.parametrize(
    ("code8", "expected"),
    [
        ("69498634", "4"),
        ("12345678", "8"),
        ("D2143569", "X"),
        ("00000000", "0"),
        ("A0000000", "3"),
        ("11111111", "7"),
    ],
    ids=["haidian-sample", "ascending", "ten-is-x", "eleven-is-zero", "letter", "ones"],
)
def test_org_code_check(code8, expected):
    assert org_code_check(code8) == expected


@pytest.mark.parametrize(
    "code8", ["6949863", "694986341", "6949863a", "6949-634"], ids=["7", "9", "lower", "dash"]
)
def test_org_code_check_refuses_malformed_bodies(code8):
    with pytest.raises(ValueError):
        org_code_check(code8)


@pytest.mark.parametrize(
    ("first17", "expected"),
    [
        ("11110108694986344", "1"),
        ("91350100M000100Y4", "3"),
        ("91100000100003962", "T"),
        ("9144030071526726X", "G"),
        ("91330100799655058", "B"),
    ],
    ids=["haidian-sample", "gb-example", "bank", "x-in-org-code", "hangzhou"],
)
def test_uscc_check(first17, expected):
    assert uscc_check(first17) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("111101086949863441", True),
        ("91350100M000100Y43", True),
        ("9144030071526726XG", True),
        ("111101086949863442", False),
        ("111101086949863541", False),
        ("11110108694986344", False),
        ("1111010869498634411", False),
        ("111101086949863I41", False),
        ("11110108694986344l", False),
    ],
    ids=[
        "haidian-sample", "gb-example", "x-in-org-code", "tampered-uscc-check",
        "tampered-org-check", "17-chars", "19-chars", "letter-i", "lower-case",
    ],
)
def test_is_valid_uscc(code, expected):
    assert is_valid_uscc(code) is expected


def test_org_check_is_verified_even_when_the_uscc_check_matches():
    # Body with a wrong org check char "5" (should be "4"), then its own matching USCC check.
    body = "11110108694986345"

    assert is_valid_uscc(body + uscc_check(body)) is False


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("110108", "69498634"), "111101086949863441"),
        (("350100", "M000100Y", "9", "1"), "91350100M000100Y43"),
        (("440300", "71526726", "9", "1"), "9144030071526726XG"),
    ],
    ids=["haidian-department", "gb-example", "x-in-org-code"],
)
def test_make_uscc(args, expected):
    assert make_uscc(*args) == expected


@pytest.mark.parametrize(
    "args",
    [
        ("11010", "69498634"),
        ("110108", "6949863"),
        ("110108", "69498634", "I"),
        ("110108", "69498634", "1", ""),
    ],
    ids=["short-region", "short-org", "registration-i", "empty-kind"],
)
def test_make_uscc_refuses_malformed_parts(args):
    with pytest.raises(ValueError):
        make_uscc(*args)
