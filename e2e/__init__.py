"""Browser tests (Playwright), one module per feature."""
