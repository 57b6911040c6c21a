"""benchmarks/load.py with tiny numbers: it finishes by itself, reports no error, and every
declaration it counted is a case of the portal (its figures are printed, never asserted)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from benchmarks.load import run_load
from support.control_api import ControlApi
from support.portal_process import PortalProcess
from support.run_settings import load

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """Module scope; a Portal of this module's own (`python -m mock_portal`), on free ports."""
    web_server = load(ROOT / "playwright.config.py").web_server
    process = PortalProcess(replace(web_server, port=None, idp_port=None),
                            tmp_path_factory.mktemp("load") / "portal.log", cwd=ROOT)
    yield process.start()
    process.stop()


def test_the_write_path_makes_one_case_per_declaration_without_errors(served):
    result = run_load(served, "write", clients=3, per_client=2)

    assert result.errors == ()
    assert result.operations == 6
    assert len(set(result.case_numbers)) == 6
    admin = ControlApi.over_http(served.portal_url)
    # A person's second declaration of a year replaces the first (docs/domain.md §2).
    assert sorted(admin.case(n)["status"] for n in result.case_numbers) == \
        ["已提交"] * 3 + ["已撤回"] * 3


def test_the_read_path_reads_without_errors(served):
    result = run_load(served, "read", clients=3, per_client=2)

    assert (result.errors, result.operations, result.case_numbers) == ((), 6, ())


@pytest.mark.parametrize("arguments", [{"path": "delete"}, {"clients": 0}, {"per_client": 0},
                                       {"time_limit": 0}])
def test_a_run_that_cannot_be_bounded_or_has_no_path_is_refused(arguments):
    with pytest.raises(ValueError):
        run_load(None, **arguments)
