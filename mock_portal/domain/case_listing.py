"""我的办件's query (search by 办件单号, filter by status, page) and its paging."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .case_status import STATES

#: Rows on one page of 我的办件.
PAGE_SIZE = 10
#: The most digits a page number may have (a billion pages is more than anyone has).
PAGE_DIGITS = 9
#: A 办件单号's length (docs/domain.md §6).
NUMBER_LENGTH = 45
#: Any run of a 办件单号's digits, so a person may type its tail (the day and sequence).
NUMBER_PART = re.compile(rf"[0-9]{{1,{NUMBER_LENGTH}}}")

BAD_NUMBER = "请输入办件单号（45位数字）或其中连续的几位数字。"
UNKNOWN_STATUS = "没有“{status}”这一办件状态，已显示全部状态的办件。"
BAD_PAGE = "页码“{page}”无效，已显示第1页。"
PAGE_BEYOND = "共{count}页，没有第{page}页，已显示第{count}页。"


@dataclass(frozen=True)
class Query:
    """What 我的办件 was asked for; a part it could not use is dropped and named in `errors`."""

    number: str = ""
    status: str = ""
    page: int = 1
    #: What was typed in the search box, shown again as typed.
    typed_number: str = ""
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    """One page of rows: its number (1-based), how many pages there are, and why it moved."""

    rows: Sequence[Any]
    number: int
    count: int
    total: int
    error: str | None = None


def read_query(args: Mapping[str, str]) -> Query:
    """The query string's `number`, `status` and `page`, each checked on its own."""
    errors = []
    typed = args.get("number", "")
    number = "".join(typed.split())
    if number and not NUMBER_PART.fullmatch(number):
        errors.append(BAD_NUMBER)
        number = ""
    status = args.get("status", "").strip()
    if status and status not in STATES:
        errors.append(UNKNOWN_STATUS.format(status=status))
        status = ""
    page_text = args.get("page", "").strip()
    page = 1
    if page_text:
        # A page number of more digits than any listing has pages is refused before int(),
        # which Python itself refuses beyond 4300 digits.
        if (page_text.isascii() and page_text.isdigit() and len(page_text) <= PAGE_DIGITS
                and int(page_text) >= 1):
            page = int(page_text)
        else:
            errors.append(BAD_PAGE.format(page=page_text))
    return Query(number, status, page, typed.strip(), tuple(errors))


def matches(query: Query, number: str | None, status: str) -> bool:
    """Whether a row (a draft has no number) answers the search and the filter."""
    if query.number and (number is None or query.number not in number):
        return False
    return not query.status or status == query.status


def page_of(rows: Sequence[Any], wanted: int, size: int = PAGE_SIZE) -> Page:
    """Page `wanted` of `rows`; beyond the last page, the last page with the reason."""
    count = max(1, -(-len(rows) // size))
    error = None
    if wanted > count:
        error = PAGE_BEYOND.format(count=count, page=wanted)
        wanted = count
    start = (wanted - 1) * size
    return Page(rows[start:start + size], wanted, count, len(rows), error)
