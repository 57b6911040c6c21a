"""The harness tested as pytest plugins are: inner pytest runs (pytester), the demo, the recorder."""
