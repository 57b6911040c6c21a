"""support/aria_snapshots.py: volatile values of a fresh ARIA snapshot written as patterns."""

from __future__ import annotations

from support.aria_snapshots import mismatch_message, missing_message, with_patterns

NUMBER = "111101086949863441300201400300202202206110003"
CASE = {NUMBER: r"\d{45}"}


def test_a_text_showing_a_volatile_value_becomes_a_pattern():
    snapshot = f"- definition: {NUMBER}\n"

    assert with_patterns(snapshot, CASE) == "- definition: /^\\d{45}$/\n"


def test_a_name_showing_a_volatile_value_becomes_a_pattern_around_the_rest():
    snapshot = f'- link "查看详情 {NUMBER}"\n'

    assert with_patterns(snapshot, CASE) == "- link /^查看详情 \\d{45}$/\n"


def test_the_rest_of_the_text_is_escaped_for_javascript():
    snapshot = f"- paragraph: 办件单号：{NUMBER} (1/2).\n"

    assert with_patterns(snapshot, CASE) == (
        "- paragraph: /^办件单号：\\d{45} \\(1\\/2\\)\\.$/\n")


def test_lines_without_a_volatile_value_stay_as_they_are():
    snapshot = '- heading "申请提交成功" [level=2]\n- textbox "姓名": 张三\n'

    assert with_patterns(snapshot, CASE) == snapshot


def test_link_addresses_are_left_out():
    snapshot = '- link "我的空间":\n  - /url: /space/?state=x1\n- text: 办结\n'

    assert with_patterns(snapshot, {}) == '- link "我的空间"\n- text: 办结\n'


def test_a_missing_file_says_how_to_create_it():
    message = missing_message("login", "e2e/test_aria_snapshots.py::test_login[chromium]")

    assert message == (
        "no ARIA snapshot e2e/aria/login.yml: create it with `make test WORKERS=0 "
        "PYTEST_ARGS=\"--update-aria-snapshots 'e2e/test_aria_snapshots.py::test_login[chromium]'\"`"
        " and review it before you commit it")


def test_a_mismatch_is_shown_as_a_diff_of_the_file_against_the_page():
    message = mismatch_message("login", "- heading \"登录\"\n- text: 持北京通账号可直接登录\n",
                               "- heading \"登录\"\n- text: 持北京通账号登录\n")

    assert message.splitlines() == [
        "e2e/aria/login.yml does not match the page:",
        "--- e2e/aria/login.yml",
        "+++ the page",
        "@@ -1,2 +1,2 @@",
        ' - heading "登录"',
        "-- text: 持北京通账号可直接登录",
        "+- text: 持北京通账号登录",
        "(if the change is meant: --update-aria-snapshots, then review the diff)",
    ]
