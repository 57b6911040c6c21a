#!/usr/bin/env bash
# The unit and app tiers against the lowest versions pyproject.toml allows, so a floor that lies
# fails: uv's lowest-direct resolution (each direct dependency at its floor, the packages they
# bring at the newest that fits) into a venv of its own, .venv/lowest (uv.lock is not used).
#
# Usage: bash scripts/lowest_versions.sh [PYTEST ARGS...], e.g. -n auto -p no:randomly.
# Environment: PYTHON (interpreter, default python3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

UV=.venv/bin/uv
LOWEST=.venv/lowest
export UV_PYTHON_DOWNLOADS=never

bash scripts/uv.sh
rm -rf "$LOWEST"
"$UV" venv --quiet --python "${PYTHON:-python3}" "$LOWEST"
echo "lowest: installing the floors of pyproject.toml (uv pip install --resolution lowest-direct)"
"$UV" pip install --quiet --python "$LOWEST/bin/python" --resolution lowest-direct -e '.[test]'
echo "lowest: $("$UV" pip freeze --quiet --python "$LOWEST/bin/python" | grep -v '^-e ' | tr '\n' ' ')"
exec "$LOWEST/bin/python" -m pytest tests/unit tests/app "$@"
