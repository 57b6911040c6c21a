"""Start-up settings: the case lifecycle (defaults, MOCK_PORTAL_* variables, then flags, later
wins) and the MOCK_PORTAL_* values a start refuses."""

from __future__ import annotations

import pytest

from mock_portal.__main__ import case_overrides, parse_args
from mock_portal.config import InvalidSetting, Settings


def _lifecycle(settings: Settings) -> tuple:
    return (settings.accept_after_minutes, settings.complete_after_minutes,
            settings.default_result)


def test_by_default_accepted_after_5_minutes_completed_after_30_approved(monkeypatch):
    for name in ("ACCEPT_AFTER_MINUTES", "COMPLETE_AFTER_MINUTES", "DEFAULT_RESULT"):
        monkeypatch.delenv(f"MOCK_PORTAL_{name}", raising=False)

    assert _lifecycle(Settings.from_env()) == (5, 30, "通过")


def test_variables_set_the_delays_and_the_default_result(monkeypatch):
    monkeypatch.setenv("MOCK_PORTAL_ACCEPT_AFTER_MINUTES", "0")
    monkeypatch.setenv("MOCK_PORTAL_COMPLETE_AFTER_MINUTES", "120")
    monkeypatch.setenv("MOCK_PORTAL_DEFAULT_RESULT", "不予通过")

    assert _lifecycle(Settings.from_env()) == (0, 120, "不予通过")


def test_flags_win_over_variables(monkeypatch):
    monkeypatch.setenv("MOCK_PORTAL_ACCEPT_AFTER_MINUTES", "9")
    monkeypatch.setenv("MOCK_PORTAL_DEFAULT_RESULT", "不予通过")
    args = parse_args(["--accept-after-minutes", "1", "--complete-after-minutes", "2",
                       "--default-result", "通过"])

    settings = Settings.from_env(**case_overrides(args))

    assert _lifecycle(settings) == (1, 2, "通过")


@pytest.mark.parametrize("value", ["", " ", "abc", "-1", "1.0", "１０"])
def test_minutes_must_be_a_whole_number_of_ascii_digits(monkeypatch, value):
    args = parse_args(["--accept-after-minutes", value])

    with pytest.raises(ValueError, match="--accept-after-minutes: expected a whole number"):
        case_overrides(args)


@pytest.mark.parametrize("value", ["148", "14880", "abcd", "１４８８", "14 8"])
def test_a_fixed_captcha_must_be_four_ascii_digits(monkeypatch, value):
    monkeypatch.setenv("MOCK_PORTAL_CAPTCHA", value)

    with pytest.raises(InvalidSetting, match="MOCK_PORTAL_CAPTCHA: expected 4 digits"):
        Settings.from_env()


def test_a_fixed_captcha_of_four_digits_is_kept(monkeypatch):
    monkeypatch.setenv("MOCK_PORTAL_CAPTCHA", "0042")

    assert Settings.from_env().captcha == "0042"


@pytest.mark.parametrize("variable", ["MOCK_PORTAL_SESSION_IDLE_MINUTES",
                                      "MOCK_PORTAL_IDP_SESSION_IDLE_MINUTES",
                                      "MOCK_PORTAL_JOURNAL_SIZE"])
@pytest.mark.parametrize("value", ["0", "-3", "ten", "2.5"])
def test_counts_from_the_environment_are_whole_numbers_from_1(monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)

    with pytest.raises(InvalidSetting, match=f"{variable}: expected a whole number"):
        Settings.from_env()
