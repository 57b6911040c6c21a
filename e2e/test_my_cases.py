"""我的办件: search by 办件单号, filter by status, paging, and what it says about bad queries."""

import pytest
from playwright.sync_api import expect

from fixtures.personas import persona_seed_of
from pages import MyCasesPage
from support.clock import MockClock
from support.persona_factory import PersonaFactory
from support.personas import Persona
from support.portal_user import PortalUser

# Every test here changes (or reads) state of the whole portal: skipped on a shared one.
#: … and the seeded-defect areas they are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.portal_wide("clock"), pytest.mark.space]

DAY = "2025-09-01T10:00:00+08:00"


@pytest.fixture(scope="module")
def declarant_of_one_day(request, portal, admin) -> tuple[Persona, list[str]]:
    """A persona and eleven declarations of one day, made without a browser, oldest first
    (each replaces the one before it, which becomes 已撤回).

    Made once per module (and worker): the tests only read 我的办件, so they share one
    person's cases; eleven journeys over HTTP were most of each test's cost. Only the
    withdrawn cases' status is relied on: another test's real clock may move the last one on."""
    persona = PersonaFactory(admin, persona_seed_of(request.config, request.node.nodeid))()
    clock = MockClock(admin)
    clock.freeze(DAY)
    try:
        user = PortalUser.over_http(portal, persona.username)
        return persona, [user.declare(str(6000 + n)) for n in range(11)]
    finally:
        clock.restore()


@pytest.fixture
def case_numbers(declarant_of_one_day) -> list[str]:
    """The eleven 办件单号, oldest first."""
    return declarant_of_one_day[1]


@pytest.fixture
def my_cases(page, login, declarant_of_one_day) -> MyCasesPage:
    """A MyCasesPage: 我的办件 of the person with eleven cases, logged in without the UI."""
    login(declarant_of_one_day[0])
    return MyCasesPage(page).open()


def test_the_first_page_shows_the_ten_newest(my_cases, case_numbers):
    expect(my_cases.numbers).to_have_text(list(reversed(case_numbers[1:])))
    expect(my_cases.page_info).to_have_text("共11件，第1页/共2页")
    expect(my_cases.previous_link).to_have_count(0)


# On the phone too: the page links under the scrolling table (the guide's walk only looks).
@pytest.mark.mobile
def test_next_page_shows_the_oldest_and_previous_goes_back(my_cases, case_numbers):
    second = my_cases.next_page()
    expect(second.numbers).to_have_text([case_numbers[0]])
    expect(second.page_info).to_have_text("共11件，第2页/共2页")
    expect(second.next_link).to_have_count(0)

    first = second.previous_page()

    expect(first.page_info).to_have_text("共11件，第1页/共2页")


def identifying_tail(number: str, others: list[str]) -> str:
    """The shortest end of `number`, 4 digits or more, that no other number contains.

    The search finds every number containing the digits typed, and the day's fixed part holds
    runs such as 0020 and 0030: on a portal whose day had already reached case 0020, its last 4
    digits were in every number of that day."""
    return next(number[-length:] for length in range(4, len(number) + 1)
                if not any(number[-length:] in other for other in others if other != number))


# On the phone too: the search form above the scrolling table.
@pytest.mark.mobile
def test_search_by_the_last_digits_of_the_number(my_cases, case_numbers):
    found = my_cases.search(identifying_tail(case_numbers[3], case_numbers))

    expect(found.numbers).to_have_text([case_numbers[3]])
    expect(found.cells(case_numbers[3]).nth(3)).to_have_text("已撤回")


def test_filter_by_status(my_cases, case_numbers):
    found = my_cases.search(status="已撤回")

    expect(found.numbers).to_have_text(list(reversed(case_numbers[:10])))
    expect(found.status_choice).to_have_value("已撤回")


def test_a_search_matching_nothing_says_so(my_cases):
    found = my_cases.search("0999", status="已撤回")

    expect(found.empty).to_have_text("没有符合条件的办件")
    expect(found.number_field).to_have_value("0999")


def test_a_search_with_letters_says_what_to_type(my_cases):
    found = my_cases.search_expecting_error("办件ABC")

    expect(found.error).to_have_text("请输入办件单号（45位数字）或其中连续的几位数字。")
    expect(found.number_field).to_have_value("办件ABC")
    expect(found.rows).to_have_count(10)


def test_a_page_beyond_the_last_shows_the_last(my_cases, case_numbers):
    last = MyCasesPage(my_cases.page).open("?page=7")

    expect(last.error).to_have_text("共2页，没有第7页，已显示第2页。")
    expect(last.numbers).to_have_text([case_numbers[0]])


def test_an_unknown_status_shows_every_case(my_cases):
    every = MyCasesPage(my_cases.page).open("?status=作废")

    expect(every.error).to_have_text("没有“作废”这一办件状态，已显示全部状态的办件。")
    expect(every.status_choice).to_have_value("")
