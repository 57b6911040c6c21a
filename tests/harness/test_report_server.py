"""`make report`'s server (support/report_server.py) without a browser: what each path serves,
a trace navigated to opens in the viewer, nothing outside the mounted folders. The viewer in a
real browser is tests/harness/test_failure_report.py's."""

from __future__ import annotations

import requests

from support.report_server import ReportServer, trace_viewer_folder


def test_the_report_the_artifacts_and_the_installed_viewer_are_served(tmp_path):
    reports, results = tmp_path / "reports", tmp_path / "test-results"
    (reports).mkdir()
    (reports / "report.html").write_text("<p>report</p>", encoding="utf-8")
    (results / "t").mkdir(parents=True)
    (results / "t/trace.zip").write_bytes(b"PK zip")
    (tmp_path / "secret.txt").write_text("not served", encoding="utf-8")

    with ReportServer(reports, results, port=0) as server:
        def get(path: str, **headers: str) -> requests.Response:
            return requests.get(server.url + path, headers=headers, allow_redirects=False,
                                timeout=10)

        assert get("report.html").text == "<p>report</p>"
        assert get("trace/index.html").content == (
            trace_viewer_folder() / "index.html").read_bytes()
        fetched = get("test-results/t/trace.zip", **{"Sec-Fetch-Mode": "cors"})
        navigated = get("test-results/t/trace.zip", **{"Sec-Fetch-Mode": "navigate"})
        outside = get("test-results/../secret.txt")
        outside_encoded = get("test-results/%2e%2e/secret.txt")

    assert fetched.content == b"PK zip"
    assert navigated.status_code == 302
    assert navigated.headers["Location"] == "/trace/index.html?trace=/test-results/t/trace.zip"
    assert "not served" not in outside.text and "not served" not in outside_encoded.text
