#!/usr/bin/env bash
# Set up the project: .venv with the package and its test extras, then a browser.
# Idempotent; cheap when nothing changed (pip is skipped while pyproject.toml and this script keep
# the hash recorded in .venv/.setup-stamp).
#
# Environment: PYTHON (interpreter for the venv, default python3), SKIP_BROWSER=1 (leave the
# browser to the caller, e.g. `playwright install --with-deps chromium` in a CI workflow).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV=.venv
STAMP="$VENV/.setup-stamp"
PYTHON="${PYTHON:-python3}"

say() { echo "setup: $*"; }
die() { echo "setup: $*" >&2; exit 1; }

inputs_hash() {
    if command -v sha256sum >/dev/null; then
        cat pyproject.toml scripts/setup.sh | sha256sum | cut -d' ' -f1
    else
        cat pyproject.toml scripts/setup.sh | shasum -a 256 | cut -d' ' -f1
    fi
}

# On a bare Debian/Ubuntu machine python3 may lack the venv module (package python3-venv).
install_python_venv() {
    command -v apt-get >/dev/null || return 1
    local run=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null && sudo -n true 2>/dev/null || return 1
        run=(sudo -n)
    fi
    say "installing python3-venv with apt-get"
    "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 update </dev/null
    "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 \
        install -y --no-install-recommends python3-venv </dev/null
}

create_venv() {
    command -v "$PYTHON" >/dev/null || die "$PYTHON not found; install Python 3.11 or newer"
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || die "Python 3.11 or newer is needed ($PYTHON is $("$PYTHON" --version 2>&1))"
    say "creating $VENV with $("$PYTHON" --version 2>&1)"
    if ! "$PYTHON" -m venv "$VENV"; then
        rm -rf "$VENV"
        install_python_venv || die "'$PYTHON -m venv' failed; install the venv module (python3-venv)"
        "$PYTHON" -m venv "$VENV"
    fi
}

# A venv whose interpreter no longer runs (e.g. the base Python was removed) is rebuilt.
if [ -d "$VENV" ] && ! "$VENV/bin/python" -c '' 2>/dev/null; then
    say "$VENV is broken; recreating it"
    rm -rf "$VENV"
fi
[ -x "$VENV/bin/python" ] || create_venv

hash="$(inputs_hash)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$hash" ]; then
    say "python packages up to date"
else
    say "upgrading pip"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    say "installing the project and its test extras (pip install -e '.[test]')"
    "$VENV/bin/python" -m pip install --quiet --progress-bar off -e '.[test]'
    echo "$hash" >"$STAMP"
    say "python packages installed"
fi

if [ "${SKIP_BROWSER:-}" = 1 ]; then
    say "SKIP_BROWSER=1: not checking the browser"
else
    say "checking the browser"
    PYTHON="$PWD/$VENV/bin/python" bash scripts/ensure_browser.sh
fi
say "done"
