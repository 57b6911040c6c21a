"""CSRF on every POST of both origins: each form POST route, read from the apps' url_maps (so
a new route is covered the day it is added), refuses a missing, made-up or another session's
token with its origin's message, and stores nothing."""

from __future__ import annotations

import re

import pytest

from support.expected import GUIDE_DAY
from support.html import alert_of
from support.portal_user import CAPTCHA
from tests.app.store_rows import database_rows

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.hostile_input]

MESSAGES = {"portal": "页面已过期或请求无效，请刷新页面后重试。",
            "idp": "页面已过期或请求无效，请返回重新登录。"}
#: POST routes without a form token, and why: the control API is JSON for the harness (test mode
#: only; MOCK_PORTAL_ADMIN_TOKEN guards it), the token endpoint is called server to server with
#: the client secret, never by a browser.
EXEMPT = {"portal": "/__admin/", "idp": "/renzheng/open/oauth/token"}
#: Whatever any form would send to act: the refusal must come from the token alone.
FORM = {"agree": "yes", "wage": "6500", "cycle": "按月缴费", "action": "submit",
        "score": "5", "comment": "很好", "captcha": CAPTCHA, "password": "Demo@2022"}


def post_routes(app) -> list:
    """Every rule of `app` that takes a POST."""
    return [rule for rule in app.url_map.iter_rules() if "POST" in rule.methods]


@pytest.fixture
def person_with_everything(user, make_user, clock):
    """A logged-in person with a case and a draft, whose browser holds both origins' tokens;
    the values each route's address needs."""
    clock.freeze(GUIDE_DAY)
    number = user.declare()
    user.reach_form()
    user.save_draft("7000")
    listing = user.open("/space/progress/cases")
    draft_id = re.search(r"/space/progress/drafts/(\d+)/delete", listing.text).group(1)
    user.open("/renzheng/open/register", origin="idp")  # the platform's session has a token
    return {"number": number, "draft_id": draft_id}


@pytest.fixture(params=["missing", "forged", "another-sessions"])
def bad_token(request, make_user):
    """No token, a made-up one, or a real token of somebody else's session (per origin)."""
    if request.param == "missing":
        return {}
    if request.param == "forged":
        return {"portal": "x" * 32, "idp": "y" * 32}
    other, _ = make_user()
    other.log_in_from_portal("/space/")
    portal_token = other.csrf_token()
    other.open("/renzheng/open/register", origin="idp")
    return {"portal": portal_token, "idp": other.csrf_token()}


def test_the_only_posts_without_a_token_are_the_control_api_and_the_token_endpoint(portal_app,
                                                                                   idp):
    exempt = {origin: sorted(rule.rule for rule in post_routes(app)
                             if rule.endpoint.split(".")[0] in ("admin", "oauth"))
              for origin, app in (("portal", portal_app), ("idp", idp))}

    assert all(path.startswith(EXEMPT["portal"]) for path in exempt["portal"])
    assert exempt["idp"] == [EXEMPT["idp"]]


def test_every_form_post_of_both_origins_refuses_a_bad_token_and_stores_nothing(
        portal_app, idp, user, person_with_everything, bad_token, portal_settings):
    routes = [(origin, rule) for origin, app in (("portal", portal_app), ("idp", idp))
              for rule in post_routes(app)
              if not rule.rule.startswith(EXEMPT[origin]) and rule.rule != EXEMPT[origin]]
    before = database_rows(portal_settings.database)

    answers = {}
    for origin, rule in routes:
        path = rule.build(person_with_everything, append_unknown=False)[1]
        form = {**FORM, **({"csrf_token": bad_token[origin]} if origin in bad_token else {})}
        answer = user.post(path, form, origin=origin, csrf=False, follow_redirects=False)
        answers[f"{origin} {rule.rule}"] = (answer.status_code, alert_of(answer))

    assert len(routes) >= 11  # both origins' forms, not an empty url_map
    assert answers == {name: (400, MESSAGES[name.split()[0]]) for name in answers}
    assert database_rows(portal_settings.database) == before
