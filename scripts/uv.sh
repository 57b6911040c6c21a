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

# uv's entry in uv.lock: `lock_entry version`, or `lock_entry files DIR`, which writes DIR/uv.txt
# (the requirement with a hash per wheel, every platform's) and DIR/links.html (links to those
# wheels: pip picks this machine's among them without reading PyPI's index of uv, thousands of
# files long).
lock_entry() {
    "$PYTHON" - "$@" <<'EOF'
import sys
import tomllib
from pathlib import Path

with open("uv.lock", "rb") as lock:
    packages = tomllib.load(lock).get("package", [])
uv = next((p for p in packages if p["name"] == "uv"), None)
if uv is None:
    sys.exit("setup: uv.lock has no uv: keep `uv` in pyproject.toml's dev group and run make lock")
if sys.argv[1] == "version":
    print(uv["version"])
else:
    folder, wheels = Path(sys.argv[2]), uv.get("wheels", [])
    hashes = " ".join(f"--hash={wheel['hash']}" for wheel in wheels)
    (folder / "uv.txt").write_text(f"uv=={uv['version']} {hashes}\n")
    links = (f'<a href="{w["url"]}#{w["hash"].replace(":", "=", 1)}">'
             f'{w["url"].rsplit("/", 1)[-1]}</a>' for w in wheels)
    (folder / "links.html").write_text("\n".join(links) + "\n")
EOF
}

version="$(lock_entry version)"
installed=
if [ -x "$VENV/bin/uv" ]; then read -r _ installed _ < <("$VENV/bin/uv" --version 2>/dev/null) || true; fi
[ "$installed" = "$version" ] && exit 0

# On a bare Debian/Ubuntu machine python3 may come without pip (package python3-pip).
install_pip() {
    command -v apt-get >/dev/null || return 1
    local run=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null && sudo -n true 2>/dev/null || return 1
        run=(sudo -n)
    fi
    say "installing python3-pip with apt-get"
    "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 update </dev/null
    "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 \
        install -y --no-install-recommends python3-pip </dev/null
}

has_pip() { "$PYTHON" -c 'import importlib.util, sys; sys.exit(not importlib.util.find_spec("pip"))'; }
has_pip || { install_pip && has_pip; } \
    || die "$PYTHON has no pip, which fetches uv (on Debian: apt-get install python3-pip)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
lock_entry files "$tmp"
say "fetching uv $version with pip (hash-checked against uv.lock)"
if ! "$PYTHON" -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    --require-hashes --no-index --find-links "$tmp/links.html" --dest "$tmp" -r "$tmp/uv.txt"; then
    die "pip could not fetch uv $version (above: why)"
fi
# Only the binary, from the wheel's scripts.
binary="$("$PYTHON" -c 'import sys, zipfile
wheel = zipfile.ZipFile(sys.argv[1])
print(wheel.extract(next(n for n in wheel.namelist() if n.endswith(".data/scripts/uv")), sys.argv[2]))
' "$tmp"/uv-*.whl "$tmp/wheel")"
chmod +x "$binary"

if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV with $("$PYTHON" --version 2>&1)"
    UV_PYTHON_DOWNLOADS=never "$binary" venv --quiet --python "$PYTHON" "$VENV"
fi
# `uv sync` replaces it with the same uv installed as a package (uv.lock's dev group).
install -m 755 "$binary" "$VENV/bin/uv"
