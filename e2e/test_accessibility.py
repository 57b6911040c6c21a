"""Accessibility: an axe-core scan of every screen of the portal, the identity platform and
the SMS outbox, each reached the cheapest honest way (login without the UI where the screen is
not about login, a case declared over HTTP where the screen is past 申请提交成功: each screen on
the way has its own scan). A serious or critical violation fails the screen; every violation found is
attached to the HTML report; an error in the console while the screen is reached fails it too
(one visit per screen for both checks). Waived rules: support/accessibility.WAIVED_RULES. Text
that axe-core cannot judge for colour contrast (over the identity platform's gradient) is judged
here: its colour against the gradient's worst stop (support/contrast.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import ConsoleMessage, Page, expect

from pages import (
    EvaluationPage,
    HomePage,
    IdentityErrorPage,
    IdentityLoginPage,
    ItemGuidePage,
    LoggedOutPage,
    MyCasesPage,
    MySpacePage,
    OfficeChooserPage,
    PageNotFoundPage,
    PasswordResetPage,
    RegistrationDonePage,
    RegistrationPage,
    Screen,
    SmsOutboxPage,
    read_sms_code,
)
from support import accessibility
from support.expected import HAIDIAN
from support.personas import PersonaBuilder

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.accessibility]


class WayThere:
    """What a screen's way there may use: the page, the test's fixtures, the platform's URL."""

    def __init__(self, request: pytest.FixtureRequest) -> None:
        self.request = request
        self.page: Page = request.getfixturevalue("page")

    def fixture(self, name: str):
        return self.request.getfixturevalue(name)

    @property
    def idp_url(self) -> str:
        return self.fixture("portal").idp_url

    def logged_in(self) -> None:
        self.fixture("login")(self.fixture("persona"))

    def newcomer(self):
        return PersonaBuilder(self.request.node.nodeid + "/newcomer").persona()


def _office_chooser(r: WayThere) -> Screen:
    chooser = OfficeChooserPage(r.page).open().choose_district(HAIDIAN)
    return chooser.show_location()


def _my_space(r: WayThere) -> MySpacePage:
    """我的空间 of a person with a case declared over HTTP (申请提交成功 is scanned on its own)."""
    r.fixture("case_number")
    return MySpacePage(r.page).open()


def _case_detail(r: WayThere) -> Screen:
    number = r.fixture("case_number")
    return MySpacePage(r.page).open().view_latest_case(number)


def _draft_deletion(r: WayThere) -> Screen:
    r.fixture("form").fill_in("8000").save_draft()
    return MySpacePage(r.page).open().open_case_progress().open_my_cases().start_draft_deletion()


def _login_unavailable(r: WayThere) -> Screen:
    r.fixture("idp_down")
    return HomePage(r.page).open().header.log_in_expecting_unavailable()


def _registration_done(r: WayThere) -> Screen:
    newcomer = r.newcomer()
    registration = RegistrationPage(r.page).open(r.idp_url).request_sms_code(newcomer.phone)
    code = read_sms_code(r.page, newcomer.phone)
    return registration.fill_in(code, newcomer.password, newcomer.name,
                                newcomer.id_number).register(then=RegistrationDonePage)


def _password_reset_done(r: WayThere) -> Screen:
    persona = r.fixture("persona")
    reset = PasswordResetPage(r.page).open(r.idp_url).request_sms_code(persona.phone)
    code = read_sms_code(r.page, persona.phone)
    return reset.fill_in(code, "Renew#2023").reset_expecting_done()


def _identity_error(r: WayThere) -> Screen:
    # An unregistered client asking the platform to log out: refused with its error page.
    r.page.goto(f"{r.idp_url}/renzheng/open/logout?client_id=unknown")
    return IdentityErrorPage(r.page).wait_until_ready()


#: Every screen, by name, and the way there.
SCREENS: dict[str, Callable[[WayThere], Screen]] = {
    # 首都之窗 and the item
    "home": lambda r: HomePage(r.page).open(),
    "search": lambda r: HomePage(r.page).open().search_for("灵活就业"),
    "search-empty": lambda r: HomePage(r.page).open().search_for("护照"),
    "item-guide": lambda r: ItemGuidePage(r.page).open(),
    "office-chooser": _office_chooser,
    # the declaration
    "notice": lambda r: r.fixture("notice"),
    "form": lambda r: r.fixture("form"),
    "form-refused": lambda r: r.fixture("form").fill_in("abc").go_to_confirmation_expecting_error(),
    "confirmation": lambda r: r.fixture("confirmation_of")("8000"),
    "success": lambda r: r.fixture("submitted"),
    "evaluation": lambda r: EvaluationPage(r.page).open(r.fixture("case_number")),
    # 用户空间
    "my-space-empty": lambda r: (r.logged_in(), MySpacePage(r.page).open())[1],
    "my-space": _my_space,
    "case-progress": lambda r: _my_space(r).open_case_progress(),
    "my-cases": lambda r: (r.fixture("case_number"), MyCasesPage(r.page).open())[1],
    "case-detail": _case_detail,
    "withdrawal": lambda r: _case_detail(r).start_withdrawal(),
    "draft-deletion": _draft_deletion,
    # error pages
    "not-found": lambda r: PageNotFoundPage(r.page).open("/no-such-page"),
    "login-unavailable": _login_unavailable,
    # the identity platform
    "login": lambda r: r.fixture("login_page"),
    "login-refused": lambda r: r.fixture("login_page").log_in_expecting_error(
        "nobody", "wrong-password"),
    "sms-login": lambda r: r.fixture("sms_login"),
    "registration": lambda r: r.fixture("login_page").open_registration(),
    "registration-done": _registration_done,
    "password-reset": lambda r: r.fixture("login_page").open_forgot_password(),
    "password-reset-done": _password_reset_done,
    "logged-out": lambda r: LoggedOutPage(r.page).open(r.idp_url),
    "identity-error": _identity_error,
    # the SMS gateway
    "sms-outbox": lambda r: (r.fixture("case_number"), SmsOutboxPage(r.page).open())[1],
}


#: The screens whose way there changes what belongs to the whole portal, and what.
PORTAL_WIDE = {"login-unavailable": ("idp",)}
#: Every screen, with its portal_wide marker where it needs one.
SCREEN_PARAMS = [pytest.param(name, marks=[pytest.mark.portal_wide(*PORTAL_WIDE[name])]
                              if name in PORTAL_WIDE else []) for name in SCREENS]


@pytest.mark.parametrize("screen", SCREEN_PARAMS)
def test_no_serious_accessibility_violation_nor_console_error(request, page, screen,
                                                              attach_to_report):
    # One visit per screen for both checks: the console is heard from the first request on.
    messages: list[ConsoleMessage] = []
    page.on("console", lambda message: messages.append(message))
    uncaught: list[str] = []
    page.on("pageerror", lambda error: uncaught.append(str(error)))
    reached = SCREENS[screen](WayThere(request))
    console_errors = [f"{m.location['url']}: {m.text}" for m in messages
                      if m.type == "error" and not _own_status(m, page)] + uncaught

    scan = accessibility.scan(reached.page)

    attach_to_report(f"axe-core: {screen}", accessibility.report(scan.violations))
    serious = accessibility.blocking(scan.violations)
    assert not serious, accessibility.report(serious)
    low_contrast = [problem for text in scan.texts_over_gradient if (problem := text.problem())]
    assert not low_contrast, "\n".join(low_contrast)
    assert console_errors == []


def _own_status(message: ConsoleMessage, page: Page) -> bool:
    """Chromium's line for an error page's own 4xx/5xx status, which is the page's answer."""
    return (message.text.startswith("Failed to load resource: the server responded with")
            and message.location["url"] == page.url)


def test_the_captcha_is_sharp_on_a_phone(request, browser, browser_context_args, playwright):
    pixel_7 = {key: value for key, value in playwright.devices["Pixel 7"].items()
               if key != "default_browser_type"}
    context = browser.new_context(**{**browser_context_args, **pixel_7})
    request.addfinalizer(context.close)
    phone = context.new_page()
    login_page = IdentityLoginPage(phone).open()
    expect(login_page.captcha_image).to_have_js_property("complete", True)

    device_pixels_per_css_pixel = login_page.captcha_image.evaluate(
        "image => image.naturalWidth / image.clientWidth")

    assert device_pixels_per_css_pixel >= phone.evaluate("devicePixelRatio") == 2.625
