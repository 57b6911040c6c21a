"""What passes in front of both origins in test mode: the request journal and faults on demand.

One `Traffic` belongs to one running mock (both origins share it; see docs/architecture.md,
"Faults and the journal"); `intercept` wraps each origin's WSGI app.
"""

from __future__ import annotations

from .faults import ConnectionDropped, FaultRule, Faults, InvalidFault, parse_faults
from .journal import Journal, mask
from .middleware import Traffic, install

__all__ = ["ConnectionDropped", "FaultRule", "Faults", "InvalidFault", "Journal", "Traffic",
           "install", "mask", "parse_faults"]
