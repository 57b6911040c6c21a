"""scripts/merge_junit.py: the shards' JUnit files as one, totals added up, bad files named."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from scripts.merge_junit import main

SHARD_1 = """<?xml version="1.0" encoding="utf-8"?>
<testsuites name="pytest tests"><testsuite name="bjgov-e2e" errors="0" failures="1" skipped="1"
 tests="3" time="12.500" timestamp="2026-12-02T06:00:00" hostname="a">
<testcase classname="e2e.test_journey" name="test_the_guides_sample_step_by_step[mobile-chromium]"
 time="10.0"/>
<testcase classname="e2e.test_form" name="test_x[desktop-chromium]" time="2.0">
<properties><property name="playwright_trace" value="test-results/x/trace.zip"/></properties>
<failure message="boom">boom</failure></testcase>
<testcase classname="e2e.test_form" name="test_y[firefox]" time="0.5">
<skipped type="pytest.skip" message="no firefox">no firefox</skipped></testcase>
</testsuite></testsuites>
"""

SHARD_2 = """<?xml version="1.0" encoding="utf-8"?>
<testsuites name="pytest tests"><testsuite name="bjgov-e2e" errors="1" failures="0" skipped="0"
 tests="2" time="3.250" timestamp="2026-12-02T06:00:01" hostname="b">
<testcase classname="tests.unit.test_limits" name="test_a" time="0.25"/>
<testcase classname="tests.unit.test_limits" name="test_b" time="3.0">
<error message="setup failed">setup failed</error></testcase>
</testsuite></testsuites>
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shards_become_one_file_with_the_totals(tmp_path, capsys):
    inputs = [write(tmp_path, "1.xml", SHARD_1), write(tmp_path, "2.xml", SHARD_2)]
    output = tmp_path / "merged" / "junit.xml"

    status = main(["--output", str(output), *map(str, inputs)])

    assert status == 0
    root = ET.parse(output).getroot()
    assert root.tag == "testsuites"
    assert {k: root.get(k) for k in ("tests", "failures", "errors", "skipped", "time")} == {
        "tests": "5", "failures": "1", "errors": "1", "skipped": "1", "time": "15.750"}
    assert [s.get("hostname") for s in root.iter("testsuite")] == ["a", "b"]
    assert [c.get("name") for c in root.iter("testcase")] == [
        "test_the_guides_sample_step_by_step[mobile-chromium]", "test_x[desktop-chromium]",
        "test_y[firefox]", "test_a", "test_b"]
    assert [p.get("value") for p in root.iter("property")] == ["test-results/x/trace.zip"]
    assert capsys.readouterr().out == (f"merge_junit: 2 files, 5 tests, 1 failures, 1 errors, "
                                       f"1 skipped -> {output}\n")


def test_a_bare_testsuite_root_is_merged_too(tmp_path):
    bare = SHARD_2.replace('<testsuites name="pytest tests">', "").replace("</testsuites>", "")
    inputs = [write(tmp_path, "1.xml", SHARD_1), write(tmp_path, "2.xml", bare)]
    output = tmp_path / "junit.xml"

    main(["--output", str(output), *map(str, inputs)])

    assert ET.parse(output).getroot().get("tests") == "5"


def test_a_missing_file_is_named_and_nothing_is_written(tmp_path, capsys):
    output = tmp_path / "junit.xml"

    status = main(["--output", str(output), str(write(tmp_path, "1.xml", SHARD_1)),
                   str(tmp_path / "2.xml")])

    assert status == 2
    assert capsys.readouterr().err == f"merge_junit: {tmp_path / '2.xml'}: no such file\n"
    assert not output.exists()


def test_a_file_that_is_no_junit_xml_is_named(tmp_path, capsys):
    html = write(tmp_path, "report.html", "<html><body>report</body></html>")

    status = main(["--output", str(tmp_path / "junit.xml"), str(html)])

    assert status == 2
    assert capsys.readouterr().err == (f"merge_junit: {html}: not JUnit XML "
                                       f"(root element <html>)\n")
