"""`python -m mock_portal` started wrongly, as a new user might: one line naming the problem and
what to do, exit status 2, no traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _serve(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mock_portal", "--test-mode", "--db", str(tmp_path / "p.db"),
         *args],
        cwd=ROOT, capture_output=True, text=True, timeout=60)


@pytest.fixture
def taken_port():
    """Function scope; an int: a port something else already listens on (127.0.0.1)."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def test_a_portal_port_already_in_use_is_refused_with_one_line(tmp_path, taken_port):
    run = _serve("--port", str(taken_port), "--idp-port", "0", tmp_path=tmp_path)

    assert (run.returncode, run.stdout, run.stderr) == (
        2, "", f"python -m mock_portal: port {taken_port} (--port) is already in use on "
               f"127.0.0.1; stop the program using it or choose another --port\n")


def test_an_identity_platform_port_already_in_use_is_refused_with_one_line(tmp_path, taken_port):
    run = _serve("--port", "0", "--idp-port", str(taken_port), tmp_path=tmp_path)

    assert (run.returncode, run.stdout, run.stderr) == (
        2, "", f"python -m mock_portal: port {taken_port} (--idp-port) is already in use on "
               f"127.0.0.1; stop the program using it or choose another --idp-port\n")


def test_the_same_port_for_both_origins_is_refused_with_one_line(tmp_path):
    run = _serve("--port", "8123", "--idp-port", "8123", tmp_path=tmp_path)

    assert (run.returncode, run.stdout, run.stderr) == (
        2, "", "python -m mock_portal: --port and --idp-port are both 8123; the portal and the "
               "identity platform need a port each, e.g. --port 8000 --idp-port 8001\n")
    assert not (tmp_path / "p.db").exists()


def test_a_port_out_of_range_is_a_usage_error(tmp_path):
    run = _serve("--port", "70000", tmp_path=tmp_path)

    assert run.returncode == 2
    assert run.stderr.splitlines()[-1] == (
        "python -m mock_portal: error: argument --port: 70000 is not a port number (0 to 65535)")


def test_a_limits_file_that_is_not_json_is_refused_with_one_line(tmp_path):
    limits = tmp_path / "limits.json"
    limits.write_text('{"2026": {"lower": 7500 "upper": 37000}}', encoding="utf-8")

    run = _serve("--port", "0", "--idp-port", "0", "--limits", str(limits), tmp_path=tmp_path)

    assert (run.returncode, run.stdout, run.stderr) == (
        2, "", f"python -m mock_portal: --limits {limits} is not valid JSON (line 1, column 25: "
               "Expecting ',' delimiter); fix the file or leave --limits out\n")


@pytest.mark.parametrize(("content", "why"), [
    ('[7500, 37000]', "expected a non-empty object of years"),
    ('{"2026": {"lower": 7500}}', '2026: expected {"lower": …, "upper": …}'),
    ('{"2026": {"lower": 37000, "upper": 7500}}', "2026: need 0 < lower <= upper"),
])
def test_a_limits_file_that_is_not_a_table_is_refused_with_one_line(tmp_path, content, why):
    limits = tmp_path / "limits.json"
    limits.write_text(content, encoding="utf-8")

    run = _serve("--port", "0", "--idp-port", "0", "--limits", str(limits), tmp_path=tmp_path)

    assert (run.returncode, run.stdout, run.stderr) == (
        2, "", f"python -m mock_portal: --limits {limits} is not a limits table ({why}); write "
               'it as {"2026": {"lower": 7500, "upper": 37000}, ...}\n')


def test_a_limits_file_that_does_not_exist_is_refused_with_one_line(tmp_path):
    missing = tmp_path / "nowhere.json"

    run = _serve("--port", "0", "--idp-port", "0", "--limits", str(missing), tmp_path=tmp_path)

    assert (run.returncode, run.stdout, run.stderr) == (
        2, "", f"python -m mock_portal: --limits {missing}: cannot read it (No such file or "
               "directory); give the path of a JSON limits file\n")


def test_an_unknown_defect_is_refused_naming_the_nearest(tmp_path):
    run = _serve("--defects", "captcha-not-checkd", "--port", "0", "--idp-port", "0",
                 tmp_path=tmp_path)

    assert (run.returncode, run.stdout, run.stderr) == (
        2, "", "python -m mock_portal: unknown defect 'captcha-not-checkd'; "
               "did you mean captcha-not-checked?\n")


def test_defects_outside_test_mode_are_refused_with_one_line(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "mock_portal", "--db", str(tmp_path / "p.db"), "--port", "0",
         "--idp-port", "0"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "MOCK_PORTAL_DEFECTS": "captcha-not-checked"})

    assert (run.returncode, run.stdout, run.stderr) == (
        2, "", "python -m mock_portal: defects (captcha-not-checked) are for test mode only; "
               "add --test-mode or leave out --defects and MOCK_PORTAL_DEFECTS\n")


@pytest.mark.parametrize("variable, value, expected", [
    ("MOCK_PORTAL_CAPTCHA", "12345",
     "MOCK_PORTAL_CAPTCHA: expected 4 digits (the login form takes no other), got '12345'"),
    ("MOCK_PORTAL_SESSION_IDLE_MINUTES", "half an hour",
     "MOCK_PORTAL_SESSION_IDLE_MINUTES: expected a whole number of minutes (1 or more), "
     "got 'half an hour'"),
    ("MOCK_PORTAL_JOURNAL_SIZE", "0",
     "MOCK_PORTAL_JOURNAL_SIZE: expected a whole number of requests (1 or more), got '0'"),
])
def test_an_unusable_variable_is_refused_with_one_line(tmp_path, variable, value, expected):
    run = subprocess.run(
        [sys.executable, "-m", "mock_portal", "--test-mode", "--db", str(tmp_path / "p.db"),
         "--port", "0", "--idp-port", "0"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, variable: value})

    assert (run.returncode, run.stdout, run.stderr) == (2, "", f"python -m mock_portal: {expected}\n")
