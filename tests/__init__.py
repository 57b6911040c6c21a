"""The tests without a browser, in tiers: unit/ (pure), app/ (Flask test clients), system/
(processes), harness/ (the harness itself)."""
