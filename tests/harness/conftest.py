"""Fixtures of inner pytest runs (tests/harness/inner.py): `inner`, a project of the test's own,
and `make_inner`, projects for runs that several tests of a module read (module-scoped fixtures).

`pytester` itself is registered by the root conftest.py: pytest accepts `pytest_plugins` only in
the top-level conftest.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .inner import OUTER_RUN_VARIABLES, REAL_HOME, InnerProject


@pytest.fixture
def inner(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> InnerProject:
    """Function scope; an InnerProject of this test's own (a folder pytester made). Its
    in-process runs see this process's environment without the outer run's variables and with
    the real HOME."""
    monkeypatch.setenv("HOME", REAL_HOME)
    for name in OUTER_RUN_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return InnerProject(pytester.path, pytester)


@pytest.fixture(scope="module")
def make_inner(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., InnerProject]:
    """Module scope; `make_inner(name, **options) -> InnerProject`: inner projects for a
    module's shared runs (module-scoped fixtures)."""
    return lambda name, **options: InnerProject(tmp_path_factory.mktemp(name), **options)
