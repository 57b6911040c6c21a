"""`make report`'s server (support/report_server.py): a failed test's Trace link in the HTML
report opens its trace in Playwright's trace viewer, served from the installed package, which
lists the test's steps by name."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from support.report_server import ReportServer

#: A journey that fails at 第6步 (the form refuses the wage).
FAILING_JOURNEY = """
from pages import Journey


def test_the_journey(page, make_persona):
    page.set_default_timeout(1_000)

    Journey(page).run(make_persona(), wage="五千")
"""


@pytest.mark.slow
def test_the_reports_trace_link_opens_the_steps_in_the_trace_viewer(inner, browser: Browser):
    inner.write_config(expect={"timeout": 1_000})
    inner.write_tests(FAILING_JOURNEY)
    inner.run("-p", "no:randomly", "--html=reports/report.html",
              "--self-contained-html").assert_outcomes(failed=1)
    page = browser.new_page()

    with ReportServer(inner.path / "reports", inner.results, port=0) as server:
        page.goto(server.url + "report.html")
        with page.context.expect_page() as opened:
            page.get_by_role("link", name="Trace", exact=True).click()
        viewer = opened.value

        assert "/trace/index.html?trace=" in viewer.url
        actions = viewer.get_by_role("treeitem")
        for title in ("第1步 登录首都之窗网站，搜索事项", "第5步 阅读用户须知，进入办事", "第6步 在线填表",
                      "填写缴费工资和缴费周期", "点击【下一步】"):
            expect(actions.filter(has_text=title).first).to_be_visible()
    page.context.close()
