"""Personas (test persons with a 北京通 account): validated, completed with Faker zh_CN."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..domain import accounts, id_numbers
from ..domain.case_status import PERSON_STATUSES, RETIREMENT_TRACKS
from ..store import Store
from ..store.identity import Conflict

FIELDS = ("name", "id_number", "phone", "username", "password", "status", "retirement_track")
DEFAULT_PASSWORD = "Demo@2022"


class InvalidPersona(ValueError):
    """A persona field the control API refuses; `field` names it."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class DemoPersona:
    name: str
    id_number: str
    phone: str
    username: str


#: Two accounts a person can log in with after `make portal` (password DEFAULT_PASSWORD).
DEMO_PERSONAS = (
    DemoPersona("张三", id_numbers.make("110108", date(1988, 3, 7), "M", 21), "13800138000",
                "zhangsan"),
    DemoPersona("李四", id_numbers.make("110105", date(1992, 11, 20), "F", 36), "13900139000",
                "lisi"),
)


def _check(fields: dict) -> dict:
    """Validate the given fields; return them normalised."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        field = sorted(unknown)[0]
        raise InvalidPersona(field, f"unknown field {field!r}")
    out = {}
    for field, value in fields.items():
        if not isinstance(value, str):
            raise InvalidPersona(field, f"{field} must be a string")
        out[field] = value.strip()
    problems = {
        "name": lambda v: None if 1 <= len(v) <= 30 else "name must be 1-30 characters",
        "phone": accounts.phone_problem,
        "username": accounts.username_problem,
        "password": accounts.password_problem,
        "status": lambda v: None if v in PERSON_STATUSES else
        f"status must be one of {', '.join(PERSON_STATUSES)}",
        "retirement_track": lambda v: None if v in RETIREMENT_TRACKS else
        f"retirement_track must be one of {', '.join(RETIREMENT_TRACKS)}",
    }
    for field, problem in problems.items():
        if field in out and (message := problem(out[field])):
            raise InvalidPersona(field, message)
    if "id_number" in out:
        try:
            out["id_number"] = id_numbers.parse(out["id_number"]).number
        except id_numbers.InvalidIdNumber as exc:
            raise InvalidPersona("id_number", str(exc)) from exc
    return out


#: Faker's providers a persona takes values from: names only. Loading Faker's every provider
#: (its default) costs some milliseconds a persona; the names of a seed are the same either way.
NAME_PROVIDERS = ["faker.providers.person"]


def _name_maker(seed: int):
    """Faker zh_CN's names, seeded. Imported here, on first need: the demo personas name
    themselves, so a mock that seeds only them (every test-mode start) never loads Faker."""
    from faker import Faker

    fake = Faker("zh_CN", providers=NAME_PROVIDERS)
    fake.seed_instance(seed)
    return fake


def _generated(fake, rng: random.Random, given: dict) -> dict:
    """Values for the fields not given, consistent with the given ones."""
    if "id_number" in given:
        sex = id_numbers.parse(given["id_number"]).sex
    else:
        sex = "F" if given.get("retirement_track") in ("F55", "F50") else rng.choice("MF")
    # Born 1986–2000: well before retirement on every track, whatever the mock clock says.
    born = date(1986, 1, 1) + timedelta(days=rng.randrange(0, 15 * 365))
    return {
        "name": given.get("name") or (fake.name_male() if sex == "M" else fake.name_female()),
        "id_number": id_numbers.make("1101" + rng.choice(("01", "02", "05", "06", "08")),
                                     born, sex, rng.randrange(0, 500)),
        "phone": "1" + rng.choice("3456789") + "".join(rng.choice("0123456789")
                                                      for _ in range(9)),
        "username": "u" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789")
                                  for _ in range(9)),
        "password": DEFAULT_PASSWORD,
        "status": "normal",
        "retirement_track": "M60" if sex == "M" else "F55",
    }


def create(store: Store, fields: dict, now: datetime, seed: int | None = None) -> dict:
    """Add a persona from `fields`, generating what is missing; raises InvalidPersona."""
    given = _check(fields)
    rng = random.Random(seed)
    # Drawn whether or not a name is made, so a seed makes the same person either way.
    name_seed = rng.randrange(2**32)
    fake = None if "name" in given else _name_maker(name_seed)
    for _ in range(20):
        person = {**_generated(fake, rng, given), **given}
        sex = id_numbers.parse(person["id_number"]).sex
        if (sex == "M") != (person["retirement_track"] == "M60"):
            raise InvalidPersona("retirement_track",
                                 "retirement_track M60 is for men, F55/F50 for women")
        taken = [f for f in ("id_number", "phone", "username")
                 if store.identity.taken(f, person[f])]
        clash = [f for f in taken if f in given]
        if clash:
            raise InvalidPersona(clash[0], f"{clash[0]} is already taken by another persona")
        if not taken:
            try:
                return store.identity.add_person(person, now)
            except Conflict as exc:
                raise InvalidPersona(exc.field, f"{exc.field} is already taken") from exc
    raise InvalidPersona("id_number", "could not generate a unique persona")


def seed_demo(store: Store, now: datetime) -> list[dict]:
    return [create(store, {**vars(p), "password": DEFAULT_PASSWORD}, now)
            for p in DEMO_PERSONAS]
