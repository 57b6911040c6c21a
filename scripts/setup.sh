#!/usr/bin/env bash
# Set up the project: .venv with exactly the packages of uv.lock (the project editable, its test
# extras and the dev group; hashes checked), then a browser. Idempotent; cheap when nothing
# changed (uv is skipped while pyproject.toml, uv.lock and the set-up scripts keep the hash
# recorded in .venv/.setup-stamp). Stops with one line when pyproject.toml and uv.lock disagree.
#
# Environment: PYTHON (interpreter for the venv, default python3), SKIP_BROWSER=1 (leave the
# browser to the caller, e.g. `playwright install --with-deps chromium` in a CI workflow).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV=.venv
STAMP="$VENV/.setup-stamp"
UV="$VENV/bin/uv"
# uv may never download a Python of its own: the venv's is the one given by PYTHON.
export UV_PYTHON_DOWNLOADS=never

say() { echo "setup: $*"; }
die() { echo "setup: $*" >&2; exit 1; }

inputs_hash() {
    local inputs=(pyproject.toml uv.lock scripts/setup.sh scripts/uv.sh)
    if command -v sha256sum >/dev/null; then
        cat "${inputs[@]}" | sha256sum | cut -d' ' -f1
    else
        cat "${inputs[@]}" | shasum -a 256 | cut -d' ' -f1
    fi
}

# A venv whose interpreter no longer runs (e.g. the base Python was removed) is rebuilt.
if [ -d "$VENV" ] && ! "$VENV/bin/python" -c '' 2>/dev/null; then
    say "$VENV is broken; recreating it"
    rm -rf "$VENV"
fi

hash="$(inputs_hash)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$hash" ]; then
    say "python packages up to date"
else
    bash scripts/uv.sh
    # Offline and without resolving: uv compares pyproject.toml's requirements with those
    # uv.lock was made from. uv's own message runs to several lines; one is enough here.
    "$UV" lock --check --offline --quiet >/dev/null 2>&1 \
        || die "pyproject.toml and uv.lock disagree: run \`make lock\` and commit uv.lock"
    say "installing uv.lock's packages (uv sync --locked)"
    "$UV" sync --quiet --locked --extra test
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
