"""Personas built from a seed and created in the portal through the control API."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .control_api import ControlApi, ControlApiError
from .personas import Persona, PersonaBuilder


class PersonaFactory:
    """`make_persona(**overrides)`: the next persona of a seeded stream, created in the portal;
    also `.near_retirement(track, months_left, today)` and `.ineligible(status)`."""

    def __init__(self, admin: ControlApi, seed: int | str, attempts: int = 10) -> None:
        self.admin = admin
        self.builder = PersonaBuilder(seed)
        self.attempts = attempts

    def __call__(self, **overrides) -> Persona:
        return self._create(lambda: self.builder.persona(**overrides), overrides)

    def near_retirement(self, track: str, months_left: int, today: date,
                        **overrides) -> Persona:
        """On `track`, statutory retirement `months_left` months after `today`'s month."""
        return self._create(
            lambda: self.builder.near_retirement(track, months_left, today, **overrides),
            overrides)

    def ineligible(self, status: str, **overrides) -> Persona:
        """With a status that keeps them from the service (suspended, retired, …)."""
        return self._create(lambda: self.builder.ineligible(status, **overrides), overrides)

    def _create(self, build: Callable[[], Persona], given: dict) -> Persona:
        # A generated phone, username or ID number can already be taken (a demo persona,
        # another worker on a shared portal, the same test run twice): take the next one.
        for _ in range(self.attempts):
            wanted = build()
            try:
                return self.admin.create_person(**wanted.as_fields())
            except ControlApiError as exc:
                if exc.field in given or "taken" not in exc.message:
                    raise
        raise ControlApiError(409, f"no free persona after {self.attempts} attempts")
