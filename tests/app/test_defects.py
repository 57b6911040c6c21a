"""Seeded defects: the catalogue, its listing, and that a defect is one app's, never the process's."""

from __future__ import annotations

import importlib
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from flask import render_template_string

from mock_portal import defects, identity, portal, server, web
from mock_portal.config import Settings
from mock_portal.domain import limits
from support.control_api import ControlApi

ROOT = Path(__file__).resolve().parents[2]
#: The areas the catalogue must cover (the issue's list).
AREAS = {"limits", "contribution_year", "retirement", "eligibility", "case_number", "identity",
         "form", "space", "sms", "escaping", "accessibility", "payments", "messages", "admin",
         "evaluation", "hostile_input"}


def _settings(tmp_path, name: str, *on: str, test_mode: bool = True) -> Settings:
    return Settings(database=str(tmp_path / f"{name}.db"), test_mode=test_mode, defects=on)


def test_an_unknown_defect_stops_the_app_naming_the_nearest(tmp_path):
    with pytest.raises(defects.UnknownDefect) as refused:
        portal.create_app(_settings(tmp_path, "p", "upper-limit-exlusive"))

    assert str(refused.value) == ("unknown defect 'upper-limit-exlusive'; "
                                  "did you mean upper-limit-exclusive?")


def test_a_defect_outside_test_mode_stops_either_app(tmp_path):
    settings = _settings(tmp_path, "p", "captcha-not-checked", test_mode=False)

    with pytest.raises(defects.DefectsOutsideTestMode):
        portal.create_app(settings)
    with pytest.raises(defects.DefectsOutsideTestMode):
        identity.create_app(settings)


def test_the_listing_names_every_defect_with_its_area_and_whether_it_is_on(tmp_path):
    settings = _settings(tmp_path, "p", "wage-label-lost", "captcha-not-checked")
    server.prepare(settings)
    admin = ControlApi.over_flask(portal.create_app(settings).test_client(), settings.portal_url)

    listed = admin.defects()

    assert len(listed) >= 25
    assert {row["area"] for row in listed} >= AREAS
    assert sorted(row["name"] for row in listed if row["on"]) == ["captcha-not-checked",
                                                                  "wage-label-lost"]
    assert all(set(row) == {"name", "area", "description", "on"} and row["description"]
               for row in listed)


def test_every_area_is_a_registered_pytest_marker():
    markers = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"][
        "ini_options"]["markers"]
    names = {marker.split(":")[0] for marker in markers}

    assert set(defects.AREAS) <= names


def test_a_defect_is_one_apps_the_other_app_in_the_process_keeps_the_rule(tmp_path):
    broken = portal.create_app(_settings(tmp_path, "a", "upper-limit-exclusive",
                                         "comment-unescaped"))
    sound = portal.create_app(_settings(tmp_path, "b"))

    answers = []
    for app in (broken, sound):
        with app.app_context():
            app_rules = web.rules()
            applied = app_rules.clamp(Decimal("28221"),
                                      app_rules.limits_on(date(2022, 6, 11), limits.PUBLISHED))
            answers.append((applied.reason, render_template_string("{{ '<b>x</b>'|shown }}")))

    assert answers == [
        ("填报工资高于本缴费年度缴费基数上限28221元，以上限作为缴费基数", "<b>x</b>"),
        (None, "&lt;b&gt;x&lt;/b&gt;"),
    ]


def test_an_apps_rules_reached_outside_an_app_are_an_error_never_a_default():
    with pytest.raises(RuntimeError):
        web.rules()


def test_each_defect_sits_in_the_module_of_its_area():
    by_module = {area: importlib.import_module(f"mock_portal.defects.{area}").DEFECTS
                 for area in defects.AREAS}

    assert {area: {d.area for d in listed} for area, listed in by_module.items()} == {
        area: {area} for area in defects.AREAS}
    assert sorted(d.name for listed in by_module.values() for d in listed) == sorted(
        defects.BY_NAME)


def test_a_settings_defect_is_one_apps_only(tmp_path):
    broken = identity.create_app(_settings(tmp_path, "a", "sms-countdown-missing"))
    sound = identity.create_app(_settings(tmp_path, "b"))

    assert (broken.config["SETTINGS"].sms_resend_seconds,
            sound.config["SETTINGS"].sms_resend_seconds) == (0, 60)
