"""Monthly amounts: pension 20 %, unemployment 1 %, to the fen."""

from decimal import Decimal

import pytest

from mock_portal.domain.contributions import monthly_amounts


@pytest.mark.parametrize(
    ("base", "pension", "unemployment", "total"),
    [("5360", "1072.00", "53.60", "1125.60"),
     ("7162", "1432.40", "71.62", "1504.02"),
     ("7162.55", "1432.51", "71.63", "1504.14"),
     ("35811", "7162.20", "358.11", "7520.31")],
)
def test_monthly_amounts_are_rounded_to_the_fen(base, pension, unemployment, total):
    amounts = monthly_amounts(Decimal(base))

    assert (amounts.pension, amounts.unemployment, amounts.total) == (
        Decimal(pension), Decimal(unemployment), Decimal(total))
