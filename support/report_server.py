"""What `make report` serves: the reports folder, the run's artifacts and Playwright's trace
viewer, on one local port, as `npx playwright show-report` does.

    /                 the reports folder (report.html, junit.xml …)
    /test-results/    the output folder (traces, screenshots …); the report's links to it,
                      ../test-results/…, land here
    /trace/           the trace viewer the installed playwright package ships in its driver
                      (nothing downloaded)

Following a report's link to a trace.zip (a navigation, not a fetch) opens that trace in the
viewer instead of downloading it; the viewer's own fetch of the zip gets the file.
"""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import playwright

ARTIFACTS = "/test-results/"
VIEWER = "/trace/"
#: Playwright Test's show-report port.
DEFAULT_PORT = 9323


def trace_viewer_folder() -> Path:
    """The trace viewer inside the installed playwright package's driver."""
    folder = Path(playwright.__file__).parent / "driver/package/lib/vite/traceViewer"
    if not (folder / "index.html").is_file():
        raise FileNotFoundError(f"no trace viewer in the playwright package at {folder}")
    return folder


def viewer_url(trace_path: str) -> str:
    """The viewer's address for a trace served at `trace_path` (e.g. /test-results/x/trace.zip)."""
    return f"{VIEWER}index.html?trace={quote(trace_path)}"


class _Handler(SimpleHTTPRequestHandler):
    """Files from three folders by the path's first segment; a trace navigated to opens in the
    viewer."""

    def __init__(self, *args, mounts: dict[str, Path], **kwargs) -> None:
        self.mounts = mounts
        super().__init__(*args, directory=str(mounts["/"]), **kwargs)

    def translate_path(self, path: str) -> str:
        url_path = unquote(urlsplit(path).path)
        for prefix, folder in self.mounts.items():
            if prefix != "/" and url_path.startswith(prefix):
                relative = Path(url_path[len(prefix):])
                resolved = (folder / relative).resolve()
                # Nothing outside the mounted folder.
                return str(resolved) if resolved.is_relative_to(folder.resolve()) else ""
        return super().translate_path(path)

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        navigated = self.headers.get("Sec-Fetch-Mode") == "navigate"
        if navigated and path.startswith(ARTIFACTS) and path.endswith(".zip"):
            self.send_response(302)
            self.send_header("Location", viewer_url(path))
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, format: str, *args) -> None:
        pass  # quiet: the terminal shows the address, not every request


class ReportServer:
    """Serves `reports` and `artifacts` with the viewer on 127.0.0.1:`port` (0: a free one)."""

    def __init__(self, reports: Path, artifacts: Path, port: int = DEFAULT_PORT) -> None:
        mounts = {ARTIFACTS: artifacts, VIEWER: trace_viewer_folder(), "/": reports}
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), partial(_Handler, mounts=mounts))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def __enter__(self) -> ReportServer:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
