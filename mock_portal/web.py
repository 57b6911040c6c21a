"""What a web app of the mock is built with besides its settings: its domain rules, its HTTP
gates and its pages' details, each the portal's own unless a seeded defect swapped one.

`install` keeps them on the app when it is built; a view reaches the rules (and the identity
platform's redirect check its gates) through `rules()` and `gates()`, the one way, and hands
the rules to the services. Outside an app, or in one built without them, that is an error: a
defect can never vanish behind a default (docs/decisions.md D48).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app

from .domain import constant_time, free_text
from .domain.rules import Rules


def _registered(given: str, registered: tuple[str, ...]) -> bool:
    return given in registered


@dataclass(frozen=True)
class Gates:
    """The checks in front of the views, each installed by the app or blueprint that owns it."""

    #: Blueprints whose form POSTs go without a CSRF token (besides each app's own exemptions).
    csrf_exempt: tuple[str, ...] = ()
    #: A query string or urlencoded form that is UTF-8; any other is refused (encoding.py).
    is_utf8: Callable[[bytes], bool] = free_text.is_utf8
    #: With a token set, the guard covers every /__admin path, not only the routes that exist.
    admin_guards_every_path: bool = True
    #: The control API's bearer token compared with the portal's (admin/token.py).
    token_matches: Callable[[str, str], bool] = constant_time.equal
    #: The identity platform takes only a registered redirect_uri (identity/flow.py).
    redirect_allowed: Callable[[str, tuple[str, ...]], bool] = _registered


def _same(value: Any) -> Any:
    """The value as it is: the default of a detail that labels or shows a value."""
    return value


@dataclass(frozen=True)
class Page:
    """Details of the pages' markup and style the templates read (template globals)."""

    #: The identity platform's background, a gradient from top to bottom: its lighter colour
    #: keeps the white header text at WCAG AA (4.5:1 for small text, opacity included).
    sky: tuple[str, str] = ("#0b4ea2", "#1a5fb4")
    #: Style sheet rules the portal's pages add after portal.css: none (a visual defect's CSS).
    restyle: str = ""
    #: The captcha's image sits in a button, which the keyboard reaches and presses.
    captcha_refresh_button: bool = True
    #: The graphic captcha's text alternative.
    captcha_alt: str = "图形验证码，点击刷新"
    #: The id a form's label names (`label_for('wage')`): the field's name.
    label_for: Callable[[str], str] = _same
    #: The `shown` filter of text a person typed: left to Jinja's autoescaping.
    shown: Callable[[Any], Any] = _same


@dataclass(frozen=True)
class AppParts:
    """The rules, gates and page details one app is built with."""

    rules: Rules = field(default_factory=Rules)
    gates: Gates = field(default_factory=Gates)
    page: Page = field(default_factory=Page)


def install(app: Flask, parts: AppParts) -> None:
    """Keep `parts` on `app` (app.extensions) and give its templates the page details."""
    app.extensions["rules"] = parts.rules
    app.extensions["gates"] = parts.gates
    page = parts.page
    app.add_template_filter(page.shown, "shown")
    app.add_template_global(page.label_for, "label_for")
    app.add_template_global(page.sky, "sky")
    app.add_template_global(page.captcha_refresh_button, "captcha_refresh_button")
    app.add_template_global(page.restyle, "restyle")
    app.add_template_global(page.captcha_alt, "captcha_alt")


def _installed(name: str):
    # current_app itself raises RuntimeError outside an app context.
    try:
        return current_app.extensions[name]
    except KeyError:
        raise RuntimeError(f"this app was built without its {name} (mock_portal.web.install)"
                           ) from None


def rules() -> Rules:
    """The rules of the app handling this request."""
    return _installed("rules")


def gates() -> Gates:
    """The HTTP gates of the app handling this request."""
    return _installed("gates")
