"""playwright.config.py as the loader reads it: Playwright Test's spellings, clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.run_settings import ConfigError, TraceParts, load

ROOT = Path(__file__).resolve().parents[2]


def write_config(folder: Path, text: str) -> Path:
    path = folder / "playwright.config.py"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_tier_times_out_a_test_after_300_seconds():
    settings = load(ROOT / "playwright.config.py")

    assert settings.test_timeout == 300_000


@pytest.mark.parametrize("value", ["300", -1, True, None])
def test_a_timeout_that_is_no_number_of_milliseconds_is_refused(tmp_path, value):
    path = write_config(tmp_path, f"config = {{'timeout': {value!r}}}\n")

    with pytest.raises(ConfigError) as refused:
        load(path)

    assert str(refused.value) == (f"timeout must be a number of milliseconds (0: none), "
                                  f"not {value!r}")


@pytest.mark.parametrize(("setting", "value"), [
    ("trace", "off"), ("trace", "on"), ("trace", "retain-on-failure"), ("trace", "on-first-retry"),
    ("screenshot", "off"), ("screenshot", "on"), ("screenshot", "only-on-failure"),
    ("video", "off"), ("video", "on"), ("video", "retain-on-failure"),
])
def test_artifacts_are_spelled_as_in_playwright_test(tmp_path, setting, value):
    path = write_config(tmp_path, f"config = {{'use': {{{setting!r}: {value!r}}}}}\n")

    settings = load(path)

    assert getattr(settings, setting) == value


@pytest.mark.parametrize(("setting", "value", "accepted"), [
    ("trace", "retain-on-first-failure",
     "'off', 'on', 'retain-on-failure', 'on-first-retry'"),
    ("screenshot", "retain-on-failure", "'off', 'on', 'only-on-failure'"),
    ("video", "on-first-retry", "'off', 'on', 'retain-on-failure'"),
])
def test_an_unknown_artifact_mode_names_the_accepted_ones(tmp_path, setting, value, accepted):
    path = write_config(tmp_path, f"config = {{'use': {{{setting!r}: {value!r}}}}}\n")

    with pytest.raises(ConfigError) as refused:
        load(path)

    assert str(refused.value) == f"use.{setting} must be one of {accepted}, not {value!r}"


def test_the_control_api_token_comes_from_the_file_and_our_portal_runs_with_it(tmp_path,
                                                                               monkeypatch):
    monkeypatch.delenv("MOCK_PORTAL_ADMIN_TOKEN", raising=False)
    path = write_config(tmp_path, "config = {'admin_token': 'from-file', "
                                  "'web_server': {'env': {'MOCK_PORTAL_CAPTCHA': '1488'}}}\n")

    settings = load(path)

    assert (settings.admin_token, settings.web_server.env) == (
        "from-file", {"MOCK_PORTAL_CAPTCHA": "1488", "MOCK_PORTAL_ADMIN_TOKEN": "from-file"})


def test_the_control_api_token_comes_from_the_environment_where_the_file_has_none(
        tmp_path, monkeypatch):
    monkeypatch.setenv("MOCK_PORTAL_ADMIN_TOKEN", "from-env")
    path = write_config(tmp_path, "config = {'admin_token': None}\n")

    settings = load(path)

    assert settings.admin_token == "from-env"


def test_without_a_token_the_control_api_is_called_without_one(tmp_path, monkeypatch):
    monkeypatch.delenv("MOCK_PORTAL_ADMIN_TOKEN", raising=False)

    settings = load(write_config(tmp_path, "config = {}\n"))

    assert (settings.admin_token, settings.web_server.env) == (None, {})


def test_trace_may_be_playwright_tests_object_and_records_all_parts_left_out(tmp_path):
    path = write_config(tmp_path, "config = {'use': {'trace': "
                                  "{'mode': 'retain-on-failure', 'screenshots': False}}}\n")

    settings = load(path)

    assert (settings.trace, settings.trace_parts) == (
        "retain-on-failure", TraceParts(screenshots=False, snapshots=True, sources=True))


def test_a_trace_mode_alone_records_every_part(tmp_path):
    settings = load(write_config(tmp_path, "config = {'use': {'trace': 'on'}}\n"))

    assert settings.trace_parts == TraceParts(screenshots=True, snapshots=True, sources=True)


@pytest.mark.parametrize(("value", "message"), [
    ({"mode": "on", "screenshot": False},
     "use.trace: unknown setting(s) screenshot (known: mode, screenshots, snapshots, sources)"),
    ({"screenshots": False}, "use.trace needs a \"mode\" "
                             "('off', 'on', 'retain-on-failure', 'on-first-retry')"),
    ({"mode": "always"}, "use.trace must be one of "
                         "'off', 'on', 'retain-on-failure', 'on-first-retry', not 'always'"),
    ({"mode": "on", "snapshots": "no"}, "use.trace.snapshots must be True or False, not 'no'"),
    ({"mode": "on", "sources": 0}, "use.trace.sources must be True or False, not 0"),
    (True, "use.trace must be a mode or a dict with \"mode\" and any of "
           "'screenshots', 'snapshots', 'sources', not True"),
])
def test_a_wrong_trace_object_is_refused_in_one_line(tmp_path, value, message):
    path = write_config(tmp_path, f"config = {{'use': {{'trace': {value!r}}}}}\n")

    with pytest.raises(ConfigError) as refused:
        load(path)

    assert str(refused.value) == message
