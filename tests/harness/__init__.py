"""The harness tested as pytest plugins are (pytester): its promises, the demo, the recorder."""
