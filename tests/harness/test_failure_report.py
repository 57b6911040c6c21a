"""A failing browser test is reported cleanly: the guide's step that failed, the screenshot, the
trace and the portal's log lines and requests of that test, in the terminal and the reports."""

from __future__ import annotations

import pytest

from tests.harness.test_artifacts import html_report_tests, junit_properties

#: A journey that fails at 第6步 (the form refuses the wage), after the portal wrote a line.
FAILING_JOURNEY = """
from pages import Journey

LINE = "a line the portal wrote during the test"


def test_the_journey(page, make_persona, portal):
    page.set_default_timeout(2_000)
    with open(portal.log_path, "a", encoding="utf-8") as log:
        log.write(LINE + "\\n")

    Journey(page).run(make_persona(), wage="五千")
"""
NODE = "test_inner.py::test_the_journey[desktop-chromium]"
FOLDER = "test-results/test-inner-py-test-the-journey-desktop-chromium"




@pytest.mark.slow
def test_a_failed_journey_names_its_step_and_the_portals_lines_everywhere(inner):
    inner.write_tests(FAILING_JOURNEY)

    result = inner.run("-p", "no:randomly", "--html=reports/report.html",
                       "--self-contained-html", "--junitxml=reports/junit.xml")

    result.assert_outcomes(failed=1)
    terminal = result.stdout.str()
    test = html_report_tests(inner.path / "reports/report.html")[NODE]
    extras = {extra["name"]: extra for extra in test["extras"]}
    assert sorted(extras) == ["Portal log", "Portal log (this test)",
                              "Portal requests (this test)", "Screenshot", "Trace"]
    assert extras["Trace"]["content"] == f"../{FOLDER}/trace.zip"
    assert (inner.path / FOLDER / "trace.zip").is_file()
    for report in (terminal, test["log"]):
        assert "Guide step" in report and "第6步 在线填表" in report
        log_lines = report.split("Portal log (this test)", 1)[1]
        assert "a line the portal wrote during the test" in log_lines
        # Lines from before the test (the portal's start) are not the test's.
        assert "identity platform:" not in log_lines
        assert "POST   /declaration/form → 400" in report.split(
            "Portal requests (this test)", 1)[1]
    assert junit_properties(inner.path / "reports/junit.xml")["test_the_journey[desktop-chromium]"][
        "guide_step"] == "第6步 在线填表"
