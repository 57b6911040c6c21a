"""The unit tier's Hypothesis settings.

No deadline: Hypothesis's deadline (200 ms an example by default) measures wall time, which on a
machine shared with browsers and xdist workers says how busy the machine was, not whether the
rule holds; a slow example is a benchmark's business (a hypothesis test failed on it under load).
"""

from hypothesis import settings

settings.register_profile("unit", deadline=None)
settings.load_profile("unit")
