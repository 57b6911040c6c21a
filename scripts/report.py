"""`make report`: serve reports/ with the run's traces and Playwright's trace viewer, and open
the HTML report in a browser; a failed test's Trace link opens its trace in the viewer
(support/report_server.py). Ctrl+C stops it."""

from __future__ import annotations

import argparse
import webbrowser
from pathlib import Path

from support import run_settings
from support.report_server import DEFAULT_PORT, ReportServer

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="0: a free port")
    parser.add_argument("--reports", type=Path, default=ROOT / "reports")
    parser.add_argument("--report", default="report.html", help="the page to open")
    parser.add_argument("--no-open", action="store_true", help="serve only, open no browser")
    args = parser.parse_args(argv)
    artifacts = run_settings.load(ROOT / "playwright.config.py").output_dir
    server = ReportServer(args.reports, artifacts, args.port)
    url = server.url + args.report
    print(f"Serving the report at {url} (traces open in Playwright's trace viewer). Ctrl+C stops.",
          flush=True)
    if not args.no_open:
        webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
