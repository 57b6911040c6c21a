"""Pure tests: one module per domain module, no Flask, no process."""
