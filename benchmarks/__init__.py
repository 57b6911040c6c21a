"""Benchmarks: scripts that print figures (never wall-clock assertions inside tests)."""
