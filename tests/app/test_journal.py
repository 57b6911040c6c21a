"""GET / DELETE /__admin/journal: the requests both origins saw, masked, bounded, control calls
left out (the Flask apps in-process, one journal in front of both, as in a running mock)."""

from __future__ import annotations

import pytest

from support.control_api import ControlApi


def test_each_request_is_journaled_oldest_first_with_origin_method_path_status(
        client, idp_client, admin):
    client.get("/")
    client.get("/space/")
    idp_client.get("/no-such-page")

    seen = [(e["origin"], e["method"], e["path"], e["status"]) for e in admin.journal()]

    assert seen == [("portal", "GET", "/", 200), ("portal", "GET", "/space/", 302),
                    ("idp", "GET", "/no-such-page", 404)]


def test_an_entry_has_its_time_and_duration(client, admin):
    client.get("/")

    (entry,) = admin.journal()

    assert set(entry) == {"at", "origin", "method", "path", "status", "ms", "fault"}
    assert entry["at"].endswith("+08:00")
    assert entry["ms"] >= 0
    assert entry["fault"] is None


def test_id_numbers_and_phones_are_masked_in_paths_and_queries(client, admin):
    client.get("/search?q=11010119900307123X&phone=13800138000")
    client.get("/people/110101199003071234/13912345678")

    paths = [entry["path"] for entry in admin.journal()]

    assert paths == ["/search?q=110***********123X&phone=138****8000",
                     "/people/110***********1234/139****5678"]


def test_longer_runs_of_digits_are_not_taken_for_phones(client, admin):
    client.get("/search?q=138001380001")

    assert [entry["path"] for entry in admin.journal()] == ["/search?q=138001380001"]


def test_control_calls_and_the_readiness_check_are_left_out(client, idp_client, admin):
    admin.create_person()
    client.get("/healthz")
    idp_client.get("/healthz")

    assert admin.journal() == []


def test_the_journal_is_filtered_by_path_prefix_and_method(client, admin):
    client.get("/space/")
    client.get("/space/cases")
    client.post("/space/cases")
    client.get("/")

    kept = [(e["method"], e["path"]) for e in admin.journal(path="/space/", method="get")]

    assert kept == [("GET", "/space/"), ("GET", "/space/cases")]


def test_the_journal_is_filtered_by_origin(client, idp_client, admin):
    client.get("/")
    idp_client.get("/login")

    assert [e["origin"] for e in admin.journal(origin="idp")] == ["idp"]


def test_delete_empties_the_journal(client, admin):
    client.get("/")

    answer = admin.clear_journal()

    assert (answer, admin.journal()) == ([], [])


def test_reset_empties_the_journal(client, admin):
    client.get("/")

    admin.reset()

    assert admin.journal() == []


def test_the_journal_keeps_the_last_requests_only(worker_apps):
    settings = worker_apps.settings(test_mode=True, journal_size=3)
    app = worker_apps.fresh(settings).portal
    person = app.test_client()
    admin = ControlApi.over_flask(app.test_client(), settings.portal_url)
    for page in ("/a", "/b", "/c", "/d", "/e"):
        person.get(page)

    paths = [entry["path"] for entry in admin.journal()]

    assert paths == ["/c", "/d", "/e"]


def test_without_test_mode_there_is_no_journal(production_client):
    production_client.get("/")

    assert production_client.get("/__admin/journal").status_code == 404


def test_last_gives_only_the_newest_entries(client, admin):
    for path in ("/", "/search?q=1", "/item/guide"):
        client.get(path)

    entries = admin.journal(last=2)

    assert [entry["path"] for entry in entries] == ["/search?q=1", "/item/guide"]


@pytest.mark.parametrize("last", ["0", "-1", "two", "10001"])
def test_a_bad_last_is_refused_naming_it(admin, last):
    answer = admin.call("GET", "/journal", params={"last": last})

    assert (answer.status_code, answer.json()) == (
        400, {"error": "last: a whole number from 1 to 10000", "field": "last"})
