"""The `screens` fixture: directly or through the UI (`--reach-through-ui`), a test finds the
same screen in the same state."""

import pytest
from playwright.sync_api import expect

# The declaration day freezes the mock clock.
pytestmark = pytest.mark.portal_wide("clock")

#: When `declarant` declares: the mock clock frozen there (e2e/conftest.py's declaration_day).
DECLARATION_DAY = "2025-09-01T10:00:00+08:00"


@pytest.fixture(params=[False, True], ids=["directly", "through-the-ui"])
def reach_through_ui(request):
    """Function scope; both ways to a screen, one test each (overrides fixtures/screens.py's)."""
    return request.param


def test_the_confirmation_is_reached_with_the_values_and_its_way_back(declarant, screens):
    confirmation = screens.confirmation("9000", "按季度缴费")
    expect(confirmation.wage).to_have_text("9000")
    expect(confirmation.cycle).to_have_text("按季度缴费")

    form = confirmation.go_back()

    expect(form.wage).to_have_value("9000")
    expect(form.name).to_have_value(declarant.name)
