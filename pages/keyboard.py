"""Keyboard only: reaching a control with Tab, as a person who uses no mouse does, and
pressing Enter or Space on it."""

from __future__ import annotations

from playwright.sync_api import Locator

from .components import Next

#: More Tab presses than any screen has controls before the one wanted (the office chooser's
#: 17 districts and up to 29 streets come first there).
MAX_TABS = 120


class NotReachableByTab(AssertionError):
    """Tab went round the page without ever focusing the control."""


def tab_to(control: Locator) -> Locator:
    """Press Tab until `control` has the keyboard focus."""
    page = control.page
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if control.evaluate("element => element === document.activeElement"):
            return control
    raise NotReachableByTab(f"{MAX_TABS} presses of Tab never reached {control}")


def tab_and_type(field: Locator, text: str) -> None:
    """Tab to a field and type into it, key by key."""
    tab_to(field).page.keyboard.type(text)


def tab_and_toggle(checkbox: Locator) -> None:
    """Tab to a checkbox and press Space on it."""
    tab_to(checkbox).page.keyboard.press("Space")


def tab_and_press(control: Locator, key: str, to: type[Next]) -> Next:
    """Tab to a control and press `key` ("Enter" or "Space") on it, which loads the screen
    `to`."""
    page = tab_to(control).page
    with page.expect_event("load"):
        page.keyboard.press(key)
    return to(page).wait_until_ready()
