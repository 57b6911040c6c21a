"""Programs: `python -m scripts.demo`, `python -m scripts.record` (and the set-up shell scripts)."""
