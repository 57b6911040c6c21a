"""Set-up stops with one line when pyproject.toml and uv.lock disagree (a dependency changed
without `make lock`), before it installs anything. Offline: the copy's venv lends this
checkout's uv, which is uv.lock's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FILES = ("pyproject.toml", "uv.lock", "scripts/setup.sh", "scripts/uv.sh")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the files set-up reads, with a venv holding only this checkout's python and uv."""
    for name in FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").symlink_to(sys.executable)
    (bin_dir / "uv").symlink_to(ROOT / ".venv" / "bin" / "uv")
    return tmp_path


def run(project: Path, *command: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHON": sys.executable, "UV_OFFLINE": "1", "SKIP_BROWSER": "1"}
    return subprocess.run(command, cwd=project, env=environment, capture_output=True, text=True,
                          timeout=60)


def test_the_copy_agrees_with_its_lock(project):
    checked = run(project, ".venv/bin/uv", "lock", "--check", "--offline")

    assert checked.returncode == 0, checked.stderr


def test_a_dependency_changed_without_make_lock_stops_set_up_with_one_line(project):
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8")
                         .replace('"waitress>=3.0"', '"waitress>=3.0.1"'), encoding="utf-8")

    setup = run(project, "bash", "scripts/setup.sh")

    assert setup.returncode == 1
    assert setup.stdout == ""
    assert setup.stderr.splitlines() == [
        "setup: pyproject.toml and uv.lock disagree: run `make lock` and commit uv.lock"]
    assert not (project / ".venv" / "lib").exists(), "nothing was installed"


def test_make_lock_moves_everything_forward_only_with_upgrade():
    def dry_run(*args: str) -> str:
        return subprocess.run(["make", "-n", "-s", "--no-print-directory", "lock", *args],
                              cwd=ROOT, capture_output=True, text=True, check=True).stdout

    assert ".venv/bin/uv lock --upgrade" in dry_run("UPGRADE=1")
    assert "--upgrade" not in dry_run()


def test_the_workflows_run_the_floors_and_refresh_the_lock_weekly():
    e2e = (ROOT / ".github/workflows/e2e.yml").read_text(encoding="utf-8")
    refresh = (ROOT / ".github/workflows/lock-refresh.yml").read_text(encoding="utf-8")

    assert "run: bash scripts/lowest_versions.sh" in e2e
    assert "schedule:" not in e2e
    assert "schedule:\n    - cron:" in refresh
    assert refresh.index("run: make lock UPGRADE=1") < refresh.index("run: make test") \
        < refresh.index("Propose the new uv.lock")
