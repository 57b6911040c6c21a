"""The start of a browser test run and nothing else: the browser and the portal launched, no
context made. benchmarks/suite_figures.py runs it as the reference subtracted from a run's CPU."""


def test_start(browser, portal):
    """Needs only the session's browser and portal."""
