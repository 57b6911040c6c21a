"""A served portal keeps its SQLite file open between requests (store.hold_open): a request's
end is then not the file's last connection closing, which would checkpoint the WAL each time."""

from __future__ import annotations

from pathlib import Path

from support.control_api import ControlApi

from .test_concurrency import served  # noqa: F401  (the fixture)


def test_a_write_stays_in_the_wal_after_its_request_ends(served):  # noqa: F811
    wal = Path(served.database + "-wal")

    ControlApi.over_http(served.portal_url).create_person()

    # Checkpointed on the last close, SQLite would have removed the WAL file.
    assert wal.is_file() and wal.stat().st_size > 0
