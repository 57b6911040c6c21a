"""Flask test-client tests: both origins in-process, one module per blueprint."""
