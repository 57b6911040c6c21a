"""The site icon of an origin: its static favicon.svg, also at /favicon.ico, where a browser
looks when a page names none."""

from __future__ import annotations

from flask import Flask

FILE = "favicon.svg"


def install(app: Flask) -> None:
    """Serve the app's static favicon.svg at /favicon.ico (endpoint `favicon`)."""
    app.add_url_rule("/favicon.ico", "favicon", lambda: app.send_static_file(FILE))
