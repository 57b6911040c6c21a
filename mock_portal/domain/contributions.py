"""Monthly contributions of a flexible employee: pension 20 %, unemployment 1 % (docs/domain.md §3)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

PENSION_RATE = Decimal("0.20")
UNEMPLOYMENT_RATE = Decimal("0.01")
FEN = Decimal("0.01")


@dataclass(frozen=True)
class MonthlyAmounts:
    """养老保险费 and 失业保险费 per month for a base, to the fen."""

    pension: Decimal
    unemployment: Decimal

    @property
    def total(self) -> Decimal:
        return self.pension + self.unemployment


def monthly_amounts(base: Decimal) -> MonthlyAmounts:
    return MonthlyAmounts((base * PENSION_RATE).quantize(FEN, ROUND_HALF_UP),
                          (base * UNEMPLOYMENT_RATE).quantize(FEN, ROUND_HALF_UP))
