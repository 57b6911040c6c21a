"""Simultaneous submissions against the real multi-threaded server: no lost case, no reused number."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from mock_portal.config import Settings
from mock_portal.server import Server
from support.control_api import ControlApi
from support.expected import GUIDE_DAY, HAIDIAN_CENTRE_OFFICE_ID
from support.personas import Persona
from support.portal_user import CAPTCHA, PortalUser, case_number_from
from support.ports import free_ports
from support.transport import HttpTransport

PEOPLE = 20


def assert_healthy(url: str) -> None:
    assert requests.get(url + "/healthz", timeout=5).json() == {"status": "ok"}


@pytest.fixture
def served(tmp_path):
    """Function scope; a Portal: both origins served in-process (waitress) on free loopback ports,
    over a database of the test's own."""
    port, idp_port = free_ports(2)
    settings = Settings(database=str(tmp_path / "live.db"), test_mode=True, captcha=CAPTCHA,
                        portal_url=f"http://127.0.0.1:{port}",
                        idp_url=f"http://localhost:{idp_port}")
    # The sockets listen once Server() returns; start() only begins accepting.
    server = Server(settings, "127.0.0.1", port, "127.0.0.1", idp_port, threads=8)
    server.start()
    try:
        assert_healthy(settings.portal_url)
        assert_healthy(f"http://127.0.0.1:{idp_port}")
        yield settings
    finally:
        server.stop()


@pytest.fixture
def admin(served) -> ControlApi:
    """Function scope; a ControlApi: the served portal's control API; its connection closed
    afterwards, or the server's stop would wait on it (waitress serves until its last client
    has gone)."""
    api = ControlApi.over_http(served.portal_url)
    yield api
    api.transport.session.close()


@pytest.fixture
def live(served, clock):
    """Function scope; the served Portal, its clock frozen on 2022-06-11 (real time after)."""
    clock.freeze(GUIDE_DAY)
    return served


def prepared_people(live, admin: ControlApi, count: int) -> list[tuple[PortalUser, Persona]]:
    """`count` personas, each logged in over HTTP and waiting on 信息确认."""

    def prepare(_) -> tuple[PortalUser, Persona]:
        person = admin.create_person()
        browser = PortalUser.over_http(live, person.phone)
        browser.reach_confirmation("6000")
        return browser, person

    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(prepare, range(count), timeout=60))


def submit_together(browsers: list[PortalUser]) -> list:
    """Every browser presses 提交 at the same moment."""
    barrier = threading.Barrier(len(browsers), timeout=20)
    answers: list = [None] * len(browsers)

    def press(index: int) -> None:
        barrier.wait()
        try:
            answers[index] = browsers[index].submit(follow_redirects=False)
        except requests.RequestException as error:
            answers[index] = error

    threads = [threading.Thread(target=press, args=(i,)) for i in range(len(browsers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a submission never came back"
    return answers


def test_twenty_simultaneous_submissions_get_the_numbers_0001_to_0020(live, admin):
    people = prepared_people(live, admin, PEOPLE)

    answers = submit_together([browser for browser, _ in people])

    numbers = [case_number_from(answer) for answer in answers]
    assert sorted(numbers) == [
        f"1111010869498634413002014003002022022061100{n:02d}" for n in range(1, 21)]
    for (_, person), number in zip(people, numbers, strict=True):
        assert [c["number"] for c in admin.cases(person.id_number)] == [number]


def test_the_same_confirmation_pressed_twice_at_once_records_one_case(live, admin):
    [(browser, person)] = prepared_people(live, admin, 1)
    twin = PortalUser.over_http(live, person.phone)
    twin.transport.session.cookies.update(browser.transport.session.cookies)
    twin.page = browser.page

    answers = submit_together([browser, twin])

    assert [case_number_from(answer) for answer in answers] == [
        "111101086949863441300201400300202202206110001"] * 2
    assert len(admin.cases(person.id_number)) == 1


def test_ten_people_coming_back_from_the_identity_platform_at_once_are_all_logged_in(live,
                                                                                      admin):
    browsers = []
    for _ in range(10):
        browser = PortalUser(HttpTransport(timeout=30), live.portal_url, live.idp_url,
                             admin.create_person().phone)
        browser.choose_office(HAIDIAN_CENTRE_OFFICE_ID)
        browsers.append((browser, browser.authorize()))
    barrier = threading.Barrier(len(browsers), timeout=20)
    answers: list = [None] * len(browsers)

    def come_back(index: int) -> None:
        browser, callback = browsers[index]
        barrier.wait()
        answers[index] = browser.transport.send("GET", callback)

    threads = [threading.Thread(target=come_back, args=(i,)) for i in range(len(browsers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=40)

    assert [(a.status_code, a.headers.get("Location")) for a in answers] == [
        (302, "/declaration/notice")] * 10
