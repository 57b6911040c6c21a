"""Simultaneous submissions against the real multi-threaded server: no lost case, no reused number."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from portal_user import HttpUser, case_number_from, free_ports

from mock_portal.config import Settings
from mock_portal.server import Server

PEOPLE = 20
JUNE_11 = "2022-06-11T09:30:00+08:00"


def assert_healthy(url: str) -> None:
    assert requests.get(url + "/healthz", timeout=5).json() == {"status": "ok"}


@pytest.fixture
def live(tmp_path, clock):
    """Both origins served in-process on free loopback ports, the clock frozen on 2022-06-11."""
    port, idp_port = free_ports(2)
    settings = Settings(database=str(tmp_path / "live.db"), test_mode=True, captcha="1488",
                        portal_url=f"http://127.0.0.1:{port}",
                        idp_url=f"http://localhost:{idp_port}")
    # The sockets listen once Server() returns; start() only begins accepting.
    served = Server(settings, "127.0.0.1", port, "127.0.0.1", idp_port, threads=8)
    served.start()
    try:
        assert_healthy(settings.portal_url)
        assert_healthy(f"http://127.0.0.1:{idp_port}")
        clock.freeze(JUNE_11)
        yield settings
    finally:
        served.stop()


def create_person(portal_url: str) -> dict:
    response = requests.post(portal_url + "/__admin/persons", json={}, timeout=10)
    assert response.status_code == 201, response.text
    return response.json()


def cases_of(portal_url: str, id_number: str) -> list[dict]:
    response = requests.get(portal_url + "/__admin/cases", params={"id_number": id_number},
                            timeout=10)
    assert response.status_code == 200, response.text
    return response.json()


def prepared_people(portal_url: str, count: int) -> list[tuple[HttpUser, dict]]:
    """`count` personas, each logged in over HTTP and waiting on 信息确认."""

    def prepare(_) -> tuple[HttpUser, dict]:
        person = create_person(portal_url)
        browser = HttpUser(portal_url, person["phone"])
        browser.reach_confirmation("6000")
        return browser, person

    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(prepare, range(count), timeout=60))


def submit_together(browsers: list[HttpUser]) -> list[requests.Response]:
    """Every browser presses 提交 at the same moment."""
    barrier = threading.Barrier(len(browsers), timeout=20)
    answers: list = [None] * len(browsers)

    def press(index: int) -> None:
        barrier.wait()
        try:
            answers[index] = browsers[index].submit()
        except requests.RequestException as error:
            answers[index] = error

    threads = [threading.Thread(target=press, args=(i,)) for i in range(len(browsers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a submission never came back"
    return answers


def test_twenty_simultaneous_submissions_get_the_numbers_0001_to_0020(live):
    people = prepared_people(live.portal_url, PEOPLE)

    answers = submit_together([browser for browser, _ in people])

    numbers = [case_number_from(answer) for answer in answers]
    assert sorted(numbers) == [
        f"1111010869498634413002014003002022022061100{n:02d}" for n in range(1, 21)]
    for (_, person), number in zip(people, numbers, strict=True):
        assert [c["number"] for c in cases_of(live.portal_url, person["id_number"])] == [number]


def test_the_same_confirmation_pressed_twice_at_once_records_one_case(live):
    [(browser, person)] = prepared_people(live.portal_url, 1)
    twin = HttpUser(live.portal_url, person["phone"])
    twin.http.cookies.update(browser.http.cookies)
    twin.page = browser.page

    answers = submit_together([browser, twin])

    assert [case_number_from(answer) for answer in answers] == [
        "111101086949863441300201400300202202206110001"] * 2
    assert len(cases_of(live.portal_url, person["id_number"])) == 1


def test_ten_people_coming_back_from_the_identity_platform_at_once_are_all_logged_in(live):
    browsers = []
    for _ in range(10):
        browser = HttpUser(live.portal_url, create_person(live.portal_url)["phone"])
        browser.open("/declaration/start/110108-00")
        browsers.append((browser, browser.log_in(follow=False).headers["Location"]))
    barrier = threading.Barrier(len(browsers), timeout=20)
    answers: list = [None] * len(browsers)

    def come_back(index: int) -> None:
        browser, callback = browsers[index]
        barrier.wait()
        answers[index] = browser.http.get(callback, allow_redirects=False, timeout=30)

    threads = [threading.Thread(target=come_back, args=(i,)) for i in range(len(browsers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=40)

    assert [(a.status_code, a.headers.get("Location")) for a in answers] == [
        (302, "/declaration/notice")] * 10
