#!/usr/bin/env bash
# Make sure .venv exists and .venv/bin/uv is the uv that uv.lock pins.
#
# A machine needs only Python 3.11+ with pip: the lock's uv wheel is fetched from PyPI by pip with
# the hashes uv.lock records for it (--require-hashes), and its binary creates the venv. Later
# `uv sync` installs the same uv into the venv as a locked package. Quiet when all is in place.
#
# Environment: PYTHON (interpreter for the venv, default python3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV=.venv
PYTHON="${PYTHON:-python3}"

say() { echo "setup: $*"; }
die() { echo "setup: $*" >&2; exit 1; }

command -v "$PYTHON" >/dev/null || die "$PYTHON not found; install Python 3.11 or newer"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || die "Python 3.11 or newer is needed ($PYTHON is $("$PYTHON" --version 2>&1))"
[ -f uv.lock ] || die "uv.lock is missing: git checkout uv.lock"

# "uv==VERSION --hash=sha256:… …": uv's entry in uv.lock, a hash per wheel (every platform's).
requirement="$("$PYTHON" - <<'EOF'
import sys
import tomllib

with open("uv.lock", "rb") as lock:
    packages = tomllib.load(lock).get("package", [])
uv = next((p for p in packages if p["name"] == "uv"), None)
if uv is None:
    sys.exit("setup: uv.lock has no uv: keep `uv` in pyproject.toml's dev group and run make lock")
hashes = " ".join(f"--hash={wheel['hash']}" for wheel in uv.get("wheels", []))
print(f"uv=={uv['version']} {hashes}")
EOF
)"
version="${requirement%% *}"
version="${version#uv==}"

installed=
if [ -x "$VENV/bin/uv" ]; then read -r _ installed _ < <("$VENV/bin/uv" --version 2>/dev/null) || true; fi
[ "$installed" = "$version" ] && exit 0

"$PYTHON" -m pip --version >/dev/null 2>&1 \
    || die "$PYTHON has no pip, which fetches uv (on Debian: apt-get install python3-pip)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "$requirement" >"$tmp/uv.txt"
say "fetching uv $version with pip (hash-checked against uv.lock)"
"$PYTHON" -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    --require-hashes --dest "$tmp" -r "$tmp/uv.txt"
wheel="$(echo "$tmp"/uv-*.whl)"
"$PYTHON" -m zipfile -e "$wheel" "$tmp/wheel"
binary="$(echo "$tmp"/wheel/uv-*.data/scripts/uv)"
chmod +x "$binary"

if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV with $("$PYTHON" --version 2>&1)"
    UV_PYTHON_DOWNLOADS=never "$binary" venv --quiet --python "$PYTHON" "$VENV"
fi
# `uv sync` replaces it with the same uv installed as a package (uv.lock's dev group).
install -m 755 "$binary" "$VENV/bin/uv"
