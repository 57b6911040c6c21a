"""用户空间 (space blueprint): 我的空间, 办件进度, 我的办件, 查看详情."""

from __future__ import annotations

import pytest

from support.expected import GUIDE_DAY, HAIDIAN_CENTRE_ROW, ITEM
from support.html import alert_of, status_of, table_rows, text_by_testid, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.space]

# 第10步 用户空间 --------------------------------------------------------------------------------


def test_my_space_needs_a_login(client):
    page = client.get("/space/")

    assert (page.status_code, page.headers["Location"]) == (302, "/login?next=/space/")


def test_my_space_shows_the_name_the_masked_phone_and_the_counts(user, persona):
    user.declare()

    page = user.open("/space/")

    phone = persona.phone
    assert f"姓名 {persona.name}" in text_of(page)
    assert f"手机号 {phone[:3]}****{phone[-4:]}" in text_of(page)
    assert "我的办件 共1件，已办结0件" in text_of(page)
    assert '<a class="btn" href="/space/progress">办件进度</a>' in page.text


def test_progress_counts_cases_by_status(user):
    user.declare()

    page = user.open("/space/progress")

    assert table_rows(page, "办件统计") == [
        ["全部", "暂存", "已提交", "已受理", "办理中", "已办结", "不予受理", "已撤回"],
        ["1", "0", "1", "0", "0", "0", "0", "0"],
    ]
    assert '<a class="btn" href="/space/progress/cases">我的办件</a>' \
        in page.text


def test_my_cases_lists_the_cases_newest_first_the_superseded_one_withdrawn(user, clock):
    clock.freeze(GUIDE_DAY)
    first = user.declare("6000")
    second = user.declare("7000")

    page = user.open("/space/progress/cases")

    assert table_rows(page, "我的办件") == [
        ["办件单号", "申请事项", "申请时间", "办件状态", "办理结果", "操作"],
        [second, ITEM, "2022-06-11 09:30", "已提交", "", "查看详情"],
        [first, ITEM, "2022-06-11 09:30", "已撤回", "", "查看详情"],
    ]
    assert f'href="/space/progress/cases/{first}"' in page.text


def test_my_cases_without_cases_says_so(user):
    user.log_in_from_portal()

    page = user.open("/space/progress/cases")

    assert "暂无办件" in text_of(page)


def test_case_detail_shows_the_values_the_status_and_the_history(user, persona, clock):
    clock.freeze(GUIDE_DAY)
    number = user.declare("3000", "按季度缴费")

    page = user.open(f"/space/progress/cases/{number}")

    assert text_by_testid(page, "case-number") == "111101086949863441300201400300202202206110001"
    assert text_by_testid(page, "case-status") == "已提交"
    assert text_by_testid(page, "applied-base") == "5360"
    for text in (
        "申请事项 灵活就业人员社会保险缴费申报与变更",
        "申请时间 2022-06-11 09:30:00",
        f"办理地点 {HAIDIAN_CENTRE_ROW}",
        "办理部门 北京市海淀区社会保险事业管理中心",
        f"姓名 {persona.name}",
        f"个人身份证号 {persona.id_number}",
        "缴费年度 2021年7月至2022年6月",
        "填报缴费工资(元) 3000",
        "说明 填报工资低于本缴费年度缴费基数下限5360元，以下限作为缴费基数",
        "缴费周期 按季度缴费",
        "每月应缴 养老保险费1072.00元，失业保险费53.60元，合计1125.60元",
        "立即评价",
    ):
        assert text in text_of(page)
    assert table_rows(page, "办理过程") == [["时间", "状态", "说明"],
                                        ["2022-06-11 09:30:00", "已提交", ""]]


def test_case_detail_lists_every_change_oldest_first_once_the_clock_moves_on(user, clock):
    clock.freeze(GUIDE_DAY)
    number = user.declare("6000")
    clock.advance(minutes=30)

    page = user.open(f"/space/progress/cases/{number}")

    assert text_by_testid(page, "case-status") == "已办结"
    assert table_rows(page, "办理过程") == [["时间", "状态", "说明"],
                                        ["2022-06-11 09:30:00", "已提交", ""],
                                        ["2022-06-11 09:35:00", "已受理", ""],
                                        ["2022-06-11 10:00:00", "已办结", "通过"]]


def test_case_detail_of_another_persons_case_is_not_found(user, make_user):
    number = user.declare()
    other, _ = make_user()
    other.log_in_from_portal()

    page = other.open(f"/space/progress/cases/{number}")

    assert page.status_code == 404
    assert alert_of(page) == "未找到该办件。"


def test_my_space_counts_each_state_the_draft_as_暂存(user):
    user.declare("6000")
    user.declare("7000")
    user.reach_form()
    user.save_draft("8000")

    page = user.open("/space/")

    assert table_rows(page, "办件统计") == [
        ["全部", "暂存", "已提交", "已受理", "办理中", "已办结", "不予受理", "已撤回"],
        ["3", "1", "1", "0", "0", "0", "0", "1"],
    ]
    assert "我的办件 共3件，已办结0件" in text_of(page)
    assert '<a href="/space/progress/cases?status=%E5%B7%B2%E6%92%A4%E5%9B%9E"' \
        ' aria-label="已撤回 1件">1</a>' in page.text


def test_my_space_shows_the_five_newest_cases_with_their_details(user, clock):
    clock.freeze(GUIDE_DAY)
    numbers = []
    for n in range(6):
        numbers.append(user.declare(str(6000 + n)))
        clock.advance(minutes=1)

    page = user.open("/space/")

    assert table_rows(page, "最近办件") == [
        ["办件单号", "申请时间", "办件状态", "操作"],
        [numbers[5], "2022-06-11 09:35", "已提交", "查看详情"],
        *([numbers[k], f"2022-06-11 09:3{k}", "已撤回", "查看详情"] for k in (4, 3, 2, 1)),
    ]
    assert f'href="/space/progress/cases/{numbers[5]}"' in page.text


def test_my_space_without_cases_says_so_and_lists_no_draft(user):
    user.reach_form()
    user.save_draft("8000")

    page = user.open("/space/")

    assert status_of(page) == "暂无办件"
    assert "最近办件" in text_of(page)
