"""One transaction per request: what a view wrote is kept when it answers, dropped when it fails."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from flask import Flask

from mock_portal import store

NOW = datetime(2022, 6, 11, 9, 30, tzinfo=timezone(timedelta(hours=8)))
PHONE = "13800138000"


@pytest.fixture
def app(tmp_path):
    """A bare app on the store: views that write one SMS, then answer or fail."""
    app = Flask(__name__)
    app.config["DATABASE"] = str(tmp_path / "portal.db")
    store.init_app(app)

    def write(text: str) -> None:
        store.get_store().outbox.add(PHONE, text, NOW)

    @app.post("/answers")
    def answers():
        write("answered")
        return "ok"

    @app.post("/refuses")
    def refuses():
        write("refused")  # a refusal keeps what was written, e.g. a wrong password counted
        return "bad input", 400

    @app.post("/fails")
    def fails():
        write("failed")
        raise RuntimeError("the view broke after writing")

    return app


def _messages(app) -> list[str]:
    with store.transaction(app.config["DATABASE"]) as kept:
        return [m["text"] for m in kept.outbox.messages(PHONE)]


def test_what_a_request_wrote_is_kept_when_it_answers_and_dropped_when_it_fails(app):
    client = app.test_client()

    statuses = [client.post(path).status_code for path in ("/answers", "/refuses", "/fails")]

    assert statuses == [200, 400, 500]
    assert _messages(app) == ["answered", "refused"]
