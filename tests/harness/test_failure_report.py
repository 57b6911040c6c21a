"""A failing browser test is reported cleanly, in the terminal and the reports: a failed journey
names the guide's step it failed in and its named steps (pages/steps.py), with the screenshot,
the trace (whose groups read as the guide) and the portal's log lines and requests of that
test; several `expect.soft` failures are reported together, each with its step, the test
failing at its end; and `make report`'s server opens the trace from the report in Playwright's
trace viewer, which lists the steps. One inner run serves all: a second one would walk the same
journey to the same failure (D39)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from support.report_server import ReportServer
from tests.harness.reports import html_report_tests, junit_properties, trace_groups

#: A journey failing at 第6步 (the form refuses the wage) after the portal wrote a line, and a
#: test of two failed soft checks in two steps whose last line still runs.
INNER_TESTS = """
from playwright.sync_api import expect

from pages import HomePage, Journey
from pages.steps import step

LINE = "a line the portal wrote during the test"


def test_the_journey(page, make_persona, portal):
    page.set_default_timeout(2_000)
    with open(portal.log_path, "a", encoding="utf-8") as log:
        log.write(LINE + "\\n")

    Journey(page).run(make_persona(), wage="五千")


def test_soft_checks(page):
    home = HomePage(page).open()
    with step("首都之窗"):
        expect.soft(page).to_have_title("不是这个标题", timeout=100)
        with step("搜索框"):
            expect.soft(home.search_field).to_have_value("不是空的", timeout=100)
    page.evaluate("window.reached_the_end = true")
    assert page.evaluate("window.reached_the_end")
"""
JOURNEY = "test_the_journey[desktop-chromium]"
SOFT = "test_soft_checks[desktop-chromium]"
FOLDER = "test-results/test-inner-py-test-the-journey-desktop-chromium"
GUIDE_STEP = "第6步 在线填表"
FAILED_AT = f"{GUIDE_STEP} › 点击【下一步】"


@pytest.mark.slow
def test_a_failed_journey_and_soft_checks_are_reported_with_their_steps_everywhere(
        inner, browser: Browser):
    inner.write_config(expect={"timeout": 1_000})
    inner.write_tests(INNER_TESTS)

    result = inner.run("-p", "no:randomly", "--html=reports/report.html",
                       "--self-contained-html", "--junitxml=reports/junit.xml")

    result.assert_outcomes(failed=2)
    terminal = result.stdout.str()
    tests = html_report_tests(inner.path / "reports/report.html")
    properties = junit_properties(inner.path / "reports/junit.xml")

    # The failed journey: its guide step, the portal's lines of the test, its files.
    journey = tests[f"test_inner.py::{JOURNEY}"]
    extras = {extra["name"]: extra for extra in journey["extras"]}
    assert sorted(extras) == ["Portal log", "Portal log (this test)",
                              "Portal requests (this test)", "Screenshot", "Trace"]
    assert extras["Trace"]["content"] == f"../{FOLDER}/trace.zip"
    for report in (terminal, journey["log"]):
        assert "Guide step" in report and GUIDE_STEP in report
        log_lines = report.split("Portal log (this test)", 1)[1]
        assert "a line the portal wrote during the test" in log_lines
        # Lines from before the test (the portal's start) are not the test's.
        assert "identity platform:" not in log_lines
        assert "POST   /declaration/form → 400" in report.split(
            "Portal requests (this test)", 1)[1]
        assert "Failed steps" in report and f"步骤: {FAILED_AT}" in report
    assert properties[JOURNEY]["guide_step"] == GUIDE_STEP
    assert properties[JOURNEY]["step"] == FAILED_AT

    # Its trace reads as the guide, down to the action it failed in.
    groups = trace_groups(inner.path / FOLDER / "trace.zip")
    assert groups[:3] == ["第1步 登录首都之窗网站，搜索事项", "第1步 登录首都之窗网站，搜索事项 › 打开首都之窗",
                          "第1步 登录首都之窗网站，搜索事项 › 在搜索框输入事项名称"]
    assert [g for g in groups if " › " not in g] == [
        "第1步 登录首都之窗网站，搜索事项", "第2步 点击【在线办理】", "第3步 选择参保所在区，点击【在线办理】",
        "第4步 登录北京市统一身份认证平台", "第5步 阅读用户须知，进入办事", GUIDE_STEP]
    assert groups[-1] == FAILED_AT

    # Both soft failures, each with its step, after the test ran to its end.
    soft_log = tests[f"test_inner.py::{SOFT}"]["log"]
    for report in (terminal, soft_log):
        assert "Soft assertion failures" in report
        assert "不是这个标题" in report and "步骤: 首都之窗\n" in report
        assert "不是空的" in report and "步骤: 首都之窗 › 搜索框" in report
    section = soft_log.split("Failed steps", 1)[1]
    assert "首都之窗\n首都之窗 › 搜索框" in section

    # make report: the report's Trace link opens the trace in the viewer, steps by name.
    page = browser.new_page()
    with ReportServer(inner.path / "reports", inner.results, port=0) as server:
        page.goto(server.url + "report.html")
        row = page.get_by_role("row").filter(has_text="test_the_journey")
        with page.context.expect_page() as opened:
            row.get_by_role("link", name="Trace", exact=True).click()
        viewer = opened.value
        assert "/trace/index.html?trace=/test-results/" in viewer.url
        actions = viewer.get_by_role("treeitem")
        for title in (*[g for g in groups if " › " not in g], "填写缴费工资和缴费周期", "点击【下一步】"):
            expect(actions.filter(has_text=title).first).to_be_visible()
    page.context.close()
