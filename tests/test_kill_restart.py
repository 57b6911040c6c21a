"""A hard kill of `python -m mock_portal` while cases are being submitted loses no answered case."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests
from portal_user import HttpUser, case_number_from, free_ports

ROOT = Path(__file__).resolve().parent.parent
JUNE_11 = "2022-06-11T09:30:00+08:00"
SUBMITTERS = 4
#: Answered submissions to wait for before the kill (the submitters keep going meanwhile).
BEFORE_KILL = 8


class MockProcess:
    """`python -m mock_portal` in test mode on a database file, started and killed by the test."""

    def __init__(self, database: Path, log: Path):
        self.port, self.idp_port = free_ports(2)
        self.database, self.log = database, log
        self.portal_url = f"http://127.0.0.1:{self.port}"
        self.idp_url = f"http://localhost:{self.idp_port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        """Start it and wait for its banner, printed once both sockets listen."""
        self._log = self.log.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mock_portal", "--port", str(self.port),
             "--idp-port", str(self.idp_port), "--test-mode", "--db", str(self.database)],
            cwd=ROOT, env={**os.environ, "MOCK_PORTAL_CAPTCHA": "1488"},
            stdout=subprocess.PIPE, stderr=self._log)
        listening = threading.Event()
        self._relay = threading.Thread(target=self._relay_output, args=(listening,), daemon=True)
        self._relay.start()
        assert listening.wait(timeout=30), self.log.read_text(errors="replace")
        for url in (self.portal_url, f"http://127.0.0.1:{self.idp_port}"):
            response = requests.get(url + "/healthz", timeout=5)
            assert response.json() == {"status": "ok"}
        response = requests.put(self.portal_url + "/__admin/clock",
                                json={"now": JUNE_11, "frozen": True}, timeout=5)
        assert response.status_code == 200, response.text

    def _relay_output(self, listening: threading.Event) -> None:
        """Copy the banner to the log (so the pipe never fills) and spot its last line."""
        for line in self.process.stdout:
            self._log.write(line)
            self._log.flush()
            if line.startswith(b"SMS outbox:"):
                listening.set()

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as when the machine loses power."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)
        self._relay.join(timeout=5)
        self.process.stdout.close()
        self._log.close()
        self.process = None

    def create_person(self) -> dict:
        response = requests.post(self.portal_url + "/__admin/persons", json={}, timeout=10)
        assert response.status_code == 201, response.text
        return response.json()

    def case_numbers(self, id_number: str) -> list[str]:
        response = requests.get(self.portal_url + "/__admin/cases",
                                params={"id_number": id_number}, timeout=10)
        assert response.status_code == 200, response.text
        return [case["number"] for case in response.json()]


@pytest.fixture
def mock_process(tmp_path):
    served = MockProcess(tmp_path / "portal.db", tmp_path / "mock_portal.log")
    yield served
    served.kill()


class Submissions:
    """What the submitters share: the numbers answered and the 提交 presses not answered yet."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.answered: list[str] = []
        self.in_flight = 0
        self.stop = threading.Event()

    def pressing(self) -> None:
        with self.changed:
            self.in_flight += 1
            self.changed.notify_all()

    def answer(self, number: str | None) -> None:
        with self.changed:
            self.in_flight -= 1
            if number:
                self.answered.append(number)
            self.changed.notify_all()

    def wait_for_kill_moment(self, timeout: float) -> bool:
        """Enough cases answered and at least one 提交 on its way to the server."""
        with self.changed:
            return self.changed.wait_for(
                lambda: len(self.answered) >= BEFORE_KILL and self.in_flight > 0, timeout)


def keep_submitting(portal_url: str, person: dict, shared: Submissions) -> None:
    """Declare again and again until the server dies, noting every number answered."""
    browser = HttpUser(portal_url, person["phone"], timeout=5)
    try:
        while not shared.stop.is_set():
            browser.reach_confirmation("6000")
            shared.pressing()
            number = None
            try:
                number = case_number_from(browser.submit())
            finally:
                shared.answer(number)
    except (requests.RequestException, AssertionError, KeyError):
        return  # the server went away mid-journey


def test_cases_answered_before_a_hard_kill_survive_a_restart(mock_process):
    mock_process.start()
    people = [mock_process.create_person() for _ in range(SUBMITTERS)]
    shared = Submissions()
    submitters = [
        threading.Thread(target=keep_submitting, daemon=True,
                         args=(mock_process.portal_url, person, shared))
        for person in people
    ]
    for thread in submitters:
        thread.start()
    assert shared.wait_for_kill_moment(timeout=30), "the submitters never got going"

    mock_process.kill()
    shared.stop.set()
    for thread in submitters:
        thread.join(timeout=15)
    mock_process.start()

    with shared.changed:
        before_kill = list(shared.answered)
    stored = [n for person in people for n in mock_process.case_numbers(person["id_number"])]
    assert set(before_kill) <= set(stored)
    assert len(stored) == len(set(stored))
    prefix = "11110108694986344130020140030020220220611"
    assert all(number.startswith(prefix) for number in stored)
    assert sorted(int(number[-4:]) for number in stored) == list(range(1, len(stored) + 1))
    newcomer = HttpUser(mock_process.portal_url, mock_process.create_person()["phone"])
    newcomer.reach_confirmation("6000")
    assert case_number_from(newcomer.submit()) == f"{prefix}{len(stored) + 1:04d}"
