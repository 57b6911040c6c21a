"""PUT / GET / DELETE /__admin/faults: rules by origin, method and path prefix that delay a
request, answer it with a status, or drop it (the Flask apps in-process; the dropped connection
over a real server: tests/system/test_dropped_connection.py)."""

from __future__ import annotations

import pytest

from mock_portal.traffic import ConnectionDropped


def test_put_lists_the_rules_with_their_defaults(admin):
    rules = admin.set_faults({"origin": "portal", "method": "post", "path": "/declaration/",
                                 "status": 503, "times": 2})

    assert rules == [{"origin": "portal", "method": "POST", "path": "/declaration/",
                      "status": 503, "delay_ms": 0, "drop": False, "times": 2, "hits": 0,
                      "left": 2}]


def test_a_status_rule_answers_with_that_status_and_a_chinese_page_with_retry(client, admin):
    admin.set_faults({"origin": "portal", "path": "/item/", "status": 503})

    answer = client.get("/item/guide?district=haidian")

    page = answer.get_data(as_text=True)
    assert answer.status_code == 503
    assert "服务暂时不可用，请稍后重试。" in page
    assert '<a class="btn" href="/item/guide?district=haidian">重试</a>' in page
    assert ">返回首页</a>" in page


def test_retry_after_a_failed_form_post_leads_back_to_the_form_page(client, admin):
    admin.set_faults({"path": "/declaration/confirm", "method": "POST", "status": 500})

    answer = client.post("/declaration/confirm", data={"action": "submit"},
                         headers={"Referer": "http://localhost/declaration/confirm"})

    assert answer.status_code == 500
    assert '<a class="btn" href="/declaration/confirm">重试</a>' in answer.get_data(as_text=True)


def test_a_status_rule_keeps_the_view_from_running(user, admin, persona):
    user.log_in_from_portal("/space/")
    admin.set_faults({"path": "/logout", "status": 502})

    answer = user.log_out()

    assert answer.status_code == 502
    assert admin.open_sessions(persona.phone)["portal"] == 1


def test_times_limits_a_rule_to_the_next_requests(client, admin):
    admin.set_faults({"path": "/", "status": 503, "times": 2})

    statuses = [client.get("/").status_code for _ in range(3)]

    assert statuses == [503, 503, 200]
    assert admin.faults()[0] == {
        "origin": None, "method": None, "path": "/", "status": 503, "delay_ms": 0,
        "drop": False, "times": 2, "hits": 2, "left": 0}


def test_a_rule_hits_only_its_origin_and_method(client, idp_client, admin):
    admin.set_faults({"origin": "idp", "method": "POST", "path": "/", "status": 503})

    statuses = (client.post("/nothing").status_code, idp_client.get("/nothing").status_code,
                idp_client.post("/nothing").status_code)

    assert statuses == (404, 404, 503)


def test_the_first_matching_rule_wins(client, admin):
    admin.set_faults({"path": "/space/", "status": 429}, {"path": "/", "status": 503})

    assert (client.get("/space/").status_code, client.get("/").status_code) == (429, 503)


def test_faults_never_touch_the_control_api_or_the_readiness_check(client, idp_client, admin):
    admin.set_faults({"path": "/", "status": 503})

    answers = (client.get("/healthz").status_code, idp_client.get("/healthz").status_code,
               admin.call("GET", "/faults").status_code)

    assert answers == (200, 200, 200)


def test_a_delay_holds_the_request_for_that_long(client, admin):
    admin.set_faults({"path": "/", "delay_ms": 300, "times": 1})

    answer = client.get("/")

    (entry,) = admin.journal()
    assert answer.status_code == 200
    assert entry["ms"] >= 300
    assert entry["fault"] == {"delay_ms": 300}


def test_a_drop_lets_the_app_handle_the_request_and_loses_the_answer(user, admin,
                                                                     persona):
    user.log_in_from_portal("/space/")
    admin.set_faults({"path": "/logout", "drop": True, "times": 1})

    with pytest.raises(ConnectionDropped):
        user.log_out()

    (entry,) = admin.journal(path="/logout")
    assert admin.open_sessions(persona.phone)["portal"] == 0
    assert (entry["method"], entry["status"], entry["fault"]) == ("POST", None, {"drop": True})


def test_delete_clears_the_rules(client, admin):
    admin.set_faults({"path": "/", "status": 503})

    answer = admin.clear_faults()

    assert (answer, client.get("/").status_code) == ([], 200)


def test_reset_clears_the_rules(client, admin):
    admin.set_faults({"path": "/", "status": 503})

    admin.reset()

    assert (admin.faults(), client.get("/").status_code) == ([], 200)


@pytest.mark.parametrize(("rules", "field", "error"), [
    ({"path": "/"}, None, "body must be a JSON list of rules"),
    ([{"status": 503}], "path", "rules[0].path: required, a path prefix starting with /"),
    ([{"path": "/__admin/faults", "status": 503}], "path",
     "rules[0].path: faults never apply to /__admin or /healthz"),
    ([{"path": "/healthz", "status": 503}], "path",
     "rules[0].path: faults never apply to /__admin or /healthz"),
    ([{"path": "/", "delay_ms": 30001}], "delay_ms",
     "rules[0].delay_ms: a whole number, 0 to 30000"),
    ([{"path": "/", "status": 302}], "status", "rules[0].status: a whole number, 400 to 599"),
    ([{"path": "/", "status": 503, "drop": True}], "drop",
     "rules[0]: either a status or a dropped connection, not both"),
    ([{"path": "/"}], None, "rules[0]: give a status, a delay_ms or drop: true"),
    ([{"path": "/", "status": 503, "times": 0}], "times",
     "rules[0].times: a whole number, 1 or more"),
    ([{"path": "/", "status": 503, "origin": "sms"}], "origin",
     "rules[0].origin: portal or idp (or leave it out: both)"),
    ([{"path": "/", "status": 503, "method": "FETCH"}], "method",
     "rules[0].method: one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"),
    ([{"path": "/", "status": 503, "count": 1}], "count",
     "rules[0].count: unknown field; the fields are origin, method, path, status, delay_ms, "
     "drop, times"),
])
def test_a_bad_rule_is_refused_naming_the_field_and_nothing_changes(admin, rules, field, error):
    admin.set_faults({"path": "/space/", "status": 503})

    answer = admin.call("PUT", "/faults", json=rules)

    expected = {"error": error, **({"field": field} if field else {})}
    assert (answer.status_code, answer.json()) == (400, expected)
    assert [rule["path"] for rule in admin.faults()] == ["/space/"]
