"""The one reader of the pages both origins serve: forms, messages, visible text, links, tables.

Every function takes a page as HTML text or as anything with a `.text` body (an `Answer`, a
`requests` or a Flask test response). What must be on the page and is not raises `NotOnPage`,
an AssertionError, so a test that relies on it fails saying what is missing.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit


class NotOnPage(AssertionError):
    """Something the caller expects on the page is not there."""


def html_of(page: Any) -> str:
    """The HTML of a page given as text or as a response."""
    return page if isinstance(page, str) else page.text


# forms -----------------------------------------------------------------------------------------


@dataclass
class Form:
    """One <form>: its action and the values a browser would submit."""

    action: str
    fields: dict[str, str] = field(default_factory=dict)
    readonly: set[str] = field(default_factory=set)


class _FormReader(HTMLParser):
    """The values a browser would submit: inputs (checkboxes and radios when checked), selected
    options, textareas; per form and for the whole page (the last one wins for a name)."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []
        self.page = Form(action="")
        self._form: Form | None = None
        self._select: str | None = None
        self._textarea: str | None = None

    def _set(self, name: str, value: str, readonly: bool = False) -> None:
        for form in (self.page, self._form):
            if form is not None:
                form.fields[name] = value
                if readonly:
                    form.readonly.add(name)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "form":
            self._form = Form(action=attrs.get("action") or "")
            self.forms.append(self._form)
        elif tag == "input" and name and attrs.get("type") not in ("checkbox", "radio"):
            self._set(name, attrs.get("value") or "", "readonly" in attrs)
        elif tag == "input" and name and "checked" in attrs:
            self._set(name, attrs.get("value") or "on")
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self._set(self._select, attrs.get("value") or "")
        elif tag == "textarea":
            self._textarea = name
            self._set(name, "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self._set(self._textarea, self.page.fields[self._textarea] + data)


def _read_forms(page: Any) -> _FormReader:
    reader = _FormReader()
    reader.feed(html_of(page))
    return reader


def forms(page: Any) -> list[Form]:
    """The page's forms, in order."""
    return _read_forms(page).forms


def form_fields(page: Any) -> dict[str, str]:
    """The named values of the page's forms (the last one wins for a repeated name)."""
    return _read_forms(page).page.fields


def readonly_fields(page: Any) -> set[str]:
    """Names of the page's read-only inputs."""
    return _read_forms(page).page.readonly


# text and messages -----------------------------------------------------------------------------


def text_of(page: Any) -> str:
    """The page's visible text on one line (tags, scripts and extra spaces removed)."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", html_of(page), flags=re.S)
    body = re.sub(r"</?(a|span|strong|small|b|em|label)\b[^>]*>", "", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(body).split())


def _role_text(page: Any, role: str) -> str | None:
    match = re.search(rf'role="{role}"[^>]*>(.*?)</', html_of(page), re.S)
    return html.unescape(match[1]).strip() if match else None


def alert_of(page: Any) -> str | None:
    """The text of the page's role="alert" box (an error message), if any."""
    return _role_text(page, "alert")


def status_of(page: Any) -> str | None:
    """The text of the page's role="status" box (a success message), if any."""
    return _role_text(page, "status")


def text_by_testid(page: Any, testid: str) -> str:
    """The text of the element with that data-testid (the 办件单号, the applied base …)."""
    match = re.search(rf'data-testid="{testid}"[^>]*>(.*?)</', html_of(page), re.S)
    if not match:
        raise NotOnPage(f"no data-testid={testid!r} on the page")
    return html.unescape(match[1]).strip()


# links, buttons, tabs --------------------------------------------------------------------------


def link_of(page: Any, name: str) -> str:
    """The href of the page's first link named `name`, e.g. 立即注册 or 重试."""
    match = re.search(rf'<a\b[^>]*\bhref="([^"]+)"[^>]*>{re.escape(name)}</a>', html_of(page))
    if not match:
        raise NotOnPage(f"no link {name!r} on the page")
    return html.unescape(match[1])


def query_of(url: str) -> dict[str, str]:
    """The query parameters of a URL, one value each."""
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query, keep_blank_values=True).items()}


def send_code_button(page: Any) -> dict:
    """获取验证码 as the page renders it: its label, whether disabled, data-resend-ms."""
    match = re.search(r"<button[^>]*data-sms-send[^>]*>(.*?)</button>", html_of(page), re.S)
    if not match:
        raise NotOnPage("no 获取验证码 button on the page")
    tag = match[0][:match[0].index(">")]
    return {"label": html.unescape(match[1]).strip(), "disabled": " disabled" in tag,
            "resend_ms": int(re.search(r'data-resend-ms="(\d+)"', tag)[1])}


def captcha_images(page: Any) -> list[str]:
    """Each graphic captcha image of the page, as the tag of the element it sits in ("button"
    for the refresh button around it, else its parent's tag)."""
    return re.findall(r'<(\w+)[^>]*>\s*<img [^>]*alt="图形验证码，点击刷新"', html_of(page))


def selected_tab(page: Any) -> str:
    """The name of the login page's selected tab (账号登录 or 短信登录)."""
    match = re.search(r'role="tab"[^>]*aria-selected="true"[^>]*>(.*?)</', html_of(page), re.S)
    if not match:
        raise NotOnPage("no selected tab on the page")
    return match[1].strip()


# lists and tables ------------------------------------------------------------------------------


def _cell_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def list_items(page: Any, container: str) -> list[str]:
    """The texts of the <li> of the first list opened by `container` (a regex of its tag)."""
    block = re.search(container + r"(.*?)</(ol|ul)>", html_of(page), re.S)
    if not block:
        raise NotOnPage(f"no {container} on the page")
    return [_cell_text(li) for li in re.findall(r"<li[^>]*>(.*?)</li>", block[1], re.S)]


def chooser_links(page: Any, label: str) -> list[str]:
    """The link texts of the chooser (<nav class="chooser">) named `label`, e.g. 区."""
    nav = re.search(rf'<nav class="chooser" aria-label="{label}">(.*?)</nav>', html_of(page),
                    re.S)
    if not nav:
        raise NotOnPage(f"no {label} chooser")
    return [html.unescape(text) for text in re.findall(r"<a [^>]*>([^<]+)</a>", nav[1])]


def office_rows(page: Any) -> list[str]:
    """The titles of the 办理地点 rows (each row's header)."""
    return [html.unescape(title)
            for title in re.findall(r'<th scope="row">(.*?)</th>', html_of(page))]


def table_rows(page: Any, label: str) -> list[list[str]]:
    """The cell texts, row by row, of the table named `label` (its aria-label)."""
    table = re.search(rf'<table[^>]*aria-label="{label}">(.*?)</table>', html_of(page), re.S)
    if not table:
        raise NotOnPage(f"no table {label}")
    return [[_cell_text(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", table[1], re.S)]
