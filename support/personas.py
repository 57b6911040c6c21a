"""Personas: test persons with a 北京通 account, built with Faker zh_CN from a per-test seed.

Builders return a `Persona` that exists only here; a `PersonaFactory` (persona_factory.py)
creates it in the portal through the control API. The retirement rules are written out
(docs/domain.md §4), not imported from mock_portal, so the harness checks the portal instead of
repeating its code.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, replace
from datetime import date

DEFAULT_PASSWORD = "Demo@2022"

#: Person statuses at the social-insurance agency; only "normal" may use the service.
STATUSES = {
    "normal": "正常参保",
    "suspended": "暂停缴费",
    "interrupted": "中断缴费",
    "employed": "单位参保",
    "not_insured": "未参保",
    "retired": "已退休",
}
INELIGIBLE_STATUSES = tuple(s for s in STATUSES if s != "normal")

#: Beijing's county-level codes (GB/T 2260), the first six digits of an ID number.
BEIJING_REGIONS = ("110101", "110102", "110105", "110106", "110107", "110108", "110109",
                   "110111", "110112", "110113", "110114", "110115", "110116", "110117",
                   "110118", "110119")

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,19}$")


@dataclass(frozen=True)
class RetirementTrack:
    """One row of the 2025 reform's table (docs/domain.md §4)."""

    original_age: int
    first_affected: tuple[int, int]  # birth (year, month) from which the age rises
    step_months: int  # +1 month of age for every this many birth months
    max_delay_months: int
    sex: str  # "M" or "F"


RETIREMENT_TRACKS = {
    "M60": RetirementTrack(60, (1965, 1), 4, 36, "M"),
    "F55": RetirementTrack(55, (1970, 1), 4, 36, "F"),
    "F50": RetirementTrack(50, (1975, 1), 2, 60, "F"),
}


@dataclass(frozen=True)
class Persona:
    """A person with a 北京通 account, as the control API knows them."""

    name: str
    id_number: str
    phone: str
    username: str
    password: str = DEFAULT_PASSWORD
    status: str = "normal"
    retirement_track: str = "M60"

    @property
    def birth_date(self) -> date:
        n = self.id_number
        return date(int(n[6:10]), int(n[10:12]), int(n[12:14]))

    @property
    def sex(self) -> str:
        return "M" if int(self.id_number[16]) % 2 else "F"

    def as_fields(self) -> dict[str, str]:
        """The fields of POST /__admin/persons."""
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, body: dict) -> Persona:
        """The persona in a control-API answer (which holds more: the row's id, created_at)."""
        return cls(**{k: body[k] for k in cls.__dataclass_fields__})


# The rules, written out: ID numbers (GB 11643) and retirement (docs/domain.md §4).

def id_check_character(first17: str) -> str:
    """The 18th character of a 居民身份证号 (GB 11643, ISO 7064 MOD 11-2)."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def make_id_number(region: str, born: date, sex: str, order: int) -> str:
    """A valid ID number; `order` (0–499) and `sex` give digits 15–17 (the 17th odd for men)."""
    first17 = f"{region}{born:%Y%m%d}{2 * order + (sex == 'M'):03d}"
    return first17 + id_check_character(first17)


def _months(year: int, month: int) -> int:
    return year * 12 + month - 1


def _year_month(months: int) -> tuple[int, int]:
    return months // 12, months % 12 + 1


def retirement_delay(track: str, born: date) -> int:
    """Months added to the original retirement age for a birth month (2025 reform)."""
    rule = RETIREMENT_TRACKS[track]
    n = _months(born.year, born.month) - _months(*rule.first_affected)
    return 0 if n < 0 else min(rule.max_delay_months, n // rule.step_months + 1)


def retirement_month(track: str, born: date) -> tuple[int, int]:
    """(year, month) of the statutory retirement: the birth month plus the retirement age."""
    rule = RETIREMENT_TRACKS[track]
    age_months = rule.original_age * 12 + retirement_delay(track, born)
    return _year_month(_months(born.year, born.month) + age_months)


def birth_month_retiring_in(track: str, year: int, month: int) -> tuple[int, int] | None:
    """The birth (year, month) whose statutory retirement month is (year, month), if any.

    During the reform's phase-in the retirement age rises one month every few birth months,
    so some calendar months are nobody's retirement month.
    """
    rule = RETIREMENT_TRACKS[track]
    target = _months(year, month)
    youngest = target - rule.original_age * 12
    for birth in range(youngest, youngest - rule.max_delay_months - 1, -1):
        by, bm = _year_month(birth)
        if _months(*retirement_month(track, date(by, bm, 1))) == target:
            return by, bm
    return None


# Builders: one seeded stream of personas per test.

def seed_for(text: str) -> int:
    """A stable seed from a text (a test's node id): the same test builds the same personas."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


class PersonaBuilder:
    """Personas from one seeded Faker zh_CN stream: each call gives the next one."""

    def __init__(self, seed: int | str = 0) -> None:
        self.seed = seed_for(seed) if isinstance(seed, str) else seed
        self.rng = random.Random(self.seed)
        # Imported here, not at the top: Faker's import is about half a second, and most runs
        # that load the harness (its own inner runs, the scripts) build no persona.
        from faker import Faker

        self.fake = Faker("zh_CN")
        self.fake.seed_instance(self.seed)

    def persona(self, *, born: date | None = None, **overrides) -> Persona:
        """A normal, eligible persona born in 1980–1998 (or on `born`), far from retirement;
        `overrides` replace fields."""
        unknown = set(overrides) - set(Persona.__dataclass_fields__)
        if unknown:
            raise TypeError(f"unknown persona field(s): {', '.join(sorted(unknown))}")
        track = overrides.get("retirement_track")
        if "id_number" in overrides:
            sex = "M" if int(str(overrides["id_number"])[16]) % 2 else "F"
        elif track:
            sex = RETIREMENT_TRACKS[track].sex if track in RETIREMENT_TRACKS else "M"
        else:
            sex = self.rng.choice("MF")
        born = born or self._birth_date(1980, 1998)
        generated = Persona(
            # zh_CN's name_male()/name_female() ignore the sex; its first-name lists do not.
            name=self.fake.last_name() + (self.fake.first_name_male() if sex == "M"
                                          else self.fake.first_name_female()),
            id_number=make_id_number(self.rng.choice(BEIJING_REGIONS), born, sex,
                                     self.rng.randrange(500)),
            phone=self._phone(),
            username=self._username(),
            password=DEFAULT_PASSWORD,
            status="normal",
            retirement_track="M60" if sex == "M" else "F55",
        )
        return replace(generated, **overrides)

    def near_retirement(self, track: str, months_left: int, today: date,
                        **overrides) -> Persona:
        """A persona on `track` whose statutory retirement month is `months_left` months after
        `today`'s month (ValueError when the reform's schedule skips that month)."""
        if track not in RETIREMENT_TRACKS:
            raise ValueError(f"track must be one of {', '.join(RETIREMENT_TRACKS)}")
        target = _months(today.year, today.month) + months_left
        birth = birth_month_retiring_in(track, *_year_month(target))
        if birth is None:
            near = [m for d in range(1, 4) for m in (months_left - d, months_left + d)
                    if m >= 0 and birth_month_retiring_in(
                        track, *_year_month(_months(today.year, today.month) + m))]
            raise ValueError(
                f"on track {track}, nobody's retirement month is {months_left} months after "
                f"{today:%Y-%m} (the phase-in skips it); nearest that exist: {near[:2]}")
        born = date(*birth, self.rng.randint(1, 28))
        return self.persona(retirement_track=track, born=born, **overrides)

    def ineligible(self, status: str, **overrides) -> Persona:
        """A persona whose status keeps them from the service (e.g. "retired")."""
        if status not in INELIGIBLE_STATUSES:
            raise ValueError(f"status must be one of {', '.join(INELIGIBLE_STATUSES)}")
        # A retired persona is born early enough to be past retirement age on every track.
        born = self._birth_date(1945, 1958) if status == "retired" else None
        return self.persona(status=status, born=born, **overrides)

    def _birth_date(self, first_year: int, last_year: int) -> date:
        start, end = date(first_year, 1, 1).toordinal(), date(last_year, 12, 31).toordinal()
        return date.fromordinal(self.rng.randint(start, end))

    def _phone(self) -> str:
        phone = self.fake.phone_number()
        if re.fullmatch(r"1\d{10}", phone):
            return phone
        return "1" + self.rng.choice("3456789") + "".join(
            self.rng.choice("0123456789") for _ in range(9))

    def _username(self) -> str:
        name = (self.fake.last_romanized_name() + self.fake.first_romanized_name()).lower()
        username = f"{name}{self.rng.randrange(100, 1000)}"[:20]
        if _USERNAME.match(username):
            return username
        return "u" + "".join(self.rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(9))

