"""A hard kill of `python -m mock_portal` while cases are being submitted loses no answered case."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
import requests

from support.clock import MockClock
from support.control_api import ControlApi
from support.expected import GUIDE_DAY
from support.personas import Persona
from support.portal_process import Portal, PortalProcess
from support.portal_user import PortalUser, case_number_from

SUBMITTERS = 4
#: Answered submissions to wait for before the kill (the submitters keep going meanwhile).
BEFORE_KILL = 8


@pytest.fixture
def portal_process(tmp_path, run_settings, pytestconfig):
    """Function scope; a PortalProcess: `python -m mock_portal` (playwright.config.py's
    web_server) on free ports and a database file of the test's own, started, killed and
    restarted by the test."""
    process = PortalProcess(replace(run_settings.web_server, port=None, idp_port=None),
                            tmp_path / "mock_portal.log", cwd=pytestconfig.rootpath,
                            database=tmp_path / "portal.db")
    yield process
    process.stop()


def start_on_guide_day(process: PortalProcess) -> tuple[Portal, ControlApi]:
    """Start (or restart) the portal and freeze its clock on 2022-06-11."""
    portal = process.start()
    admin = ControlApi.over_http(portal.portal_url)
    MockClock(admin).freeze(GUIDE_DAY)
    return portal, admin


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


def keep_submitting(portal: Portal, person: Persona, shared: Submissions) -> None:
    """Declare again and again until the server dies, noting every number answered."""
    browser = PortalUser.over_http(portal, person.phone, timeout=5)
    try:
        while not shared.stop.is_set():
            browser.reach_confirmation("6000")
            shared.pressing()
            number = None
            try:
                number = case_number_from(browser.submit(follow_redirects=False))
            finally:
                shared.answer(number)
    except (requests.RequestException, AssertionError, KeyError):
        return  # the server went away mid-journey


def test_cases_answered_before_a_hard_kill_survive_a_restart(portal_process):
    portal, admin = start_on_guide_day(portal_process)
    people = [admin.create_person() for _ in range(SUBMITTERS)]
    shared = Submissions()
    submitters = [
        threading.Thread(target=keep_submitting, daemon=True, args=(portal, person, shared))
        for person in people
    ]
    for thread in submitters:
        thread.start()
    assert shared.wait_for_kill_moment(timeout=30), "the submitters never got going"

    portal_process.kill()
    shared.stop.set()
    for thread in submitters:
        thread.join(timeout=15)
    portal, admin = start_on_guide_day(portal_process)

    with shared.changed:
        before_kill = list(shared.answered)
    stored = [case["number"] for person in people for case in admin.cases(person.id_number)]
    assert set(before_kill) <= set(stored)
    assert len(stored) == len(set(stored))
    prefix = "11110108694986344130020140030020220220611"
    assert all(number.startswith(prefix) for number in stored)
    assert sorted(int(number[-4:]) for number in stored) == list(range(1, len(stored) + 1))
    newcomer = PortalUser.over_http(portal, admin.create_person().phone)
    newcomer.reach_confirmation("6000")
    assert case_number_from(newcomer.submit(follow_redirects=False)) == \
        f"{prefix}{len(stored) + 1:04d}"
