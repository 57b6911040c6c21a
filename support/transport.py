"""One HTTP request at a time, no redirect followed: the small browser-like client under the
login walk, the page-less user and the control API client.

Three transports speak it: `HttpTransport` (requests, against a served portal),
`FlaskTransport` (Flask test clients, one per origin, in-process) and `PlaywrightTransport`
(a browser context's APIRequestContext, which shares that context's cookies). `follow` takes
redirects across origins as a browser does, so each hop is visible to whoever asks.
"""

from __future__ import annotations

import json as jsonlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from requests.structures import CaseInsensitiveDict

REDIRECTS = (301, 302, 303, 307, 308)
#: Redirects followed before giving up (a loop is a bug of the portal).
MAX_REDIRECTS = 10


@dataclass(frozen=True)
class Answer:
    """What came back: the status, the URL asked, the headers (any case) and the body (`text`),
    given as text or as a function that reads it."""

    status_code: int
    url: str
    headers: Mapping[str, str]
    body: str | Callable[[], str] = field(repr=False)

    @cached_property
    def text(self) -> str:
        """The body, read once, when first asked for."""
        return self.body() if callable(self.body) else self.body

    def json(self) -> Any:
        """The body as JSON (ValueError when it is not)."""
        return jsonlib.loads(self.text)

    @property
    def is_redirect(self) -> bool:
        return self.status_code in REDIRECTS


class Transport(Protocol):
    """Sends one request and answers, never following a redirect."""

    def send(self, method: str, url: str, *, params: Mapping | None = None,
             form: Mapping | None = None, json: Any = None, content: str | None = None,
             headers: Mapping[str, str] | None = None) -> Answer: ...


def origin_of(url: str) -> str:
    """`scheme://host:port` of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def follow(transport: Transport, answer: Answer) -> tuple[Answer, list[str]]:
    """Follow redirects with GET as a browser does: the last answer, and the Location headers
    on the way (as the servers sent them)."""
    redirects: list[str] = []
    while answer.is_redirect:
        if len(redirects) == MAX_REDIRECTS:
            raise AssertionError(f"too many redirects: {redirects}")
        location = answer.headers["Location"]
        redirects.append(location)
        answer = transport.send("GET", urljoin(answer.url, location))
    return answer, redirects


class HttpTransport:
    """Over `requests`, with one cookie jar. The portal is on 127.0.0.1 and the identity
    platform on localhost, so the jar keeps their cookies apart as a browser does."""

    def __init__(self, timeout: float = 10.0, trust_env: bool = False) -> None:
        self.timeout = timeout
        self.session = requests.Session()
        # A proxy from the environment must not see requests to a portal on this machine;
        # `trust_env=True` lets one reach a portal elsewhere.
        self.session.trust_env = trust_env

    def send(self, method: str, url: str, *, params: Mapping | None = None,
             form: Mapping | None = None, json: Any = None, content: str | None = None,
             headers: Mapping[str, str] | None = None) -> Answer:
        response = self.session.request(
            method, url, params=params, data=form if form is not None else content, json=json,
            headers=headers, timeout=self.timeout, allow_redirects=False)
        return Answer(response.status_code, response.url, response.headers, response.text)


class FlaskTransport:
    """Over Flask test clients, one per origin (`{"http://127.0.0.1:8000": portal_client, …}`):
    each client is that origin's cookie jar, as in a browser."""

    def __init__(self, clients: Mapping[str, Any]) -> None:
        self.clients = {origin.rstrip("/"): client for origin, client in clients.items()}

    def client(self, url: str):
        """The test client serving the origin of `url`."""
        client = self.clients.get(origin_of(url))
        if client is None:
            raise AssertionError(f"a request to an origin the mock does not serve: {url}")
        return client

    def send(self, method: str, url: str, *, params: Mapping | None = None,
             form: Mapping | None = None, json: Any = None, content: str | None = None,
             headers: Mapping[str, str] | None = None) -> Answer:
        parts = urlsplit(url)
        response = self.client(url).open(
            urlunsplit(("", "", parts.path, parts.query, "")), method=method,
            query_string=params, data=form if form is not None else content, json=json,
            headers=headers)
        return Answer(response.status_code, url, CaseInsensitiveDict(response.headers.items()),
                      response.get_data(as_text=True))


class PlaywrightTransport:
    """Over a browser context's `context.request`: what it is sent leaves the context's cookies
    as the browser would have them."""

    def __init__(self, request) -> None:
        self.request = request

    def send(self, method: str, url: str, *, params: Mapping | None = None,
             form: Mapping | None = None, json: Any = None, content: str | None = None,
             headers: Mapping[str, str] | None = None) -> Answer:
        options: dict[str, Any] = {"method": method, "max_redirects": 0}
        if params is not None:
            options["params"] = dict(params)
        if form is not None:
            options["form"] = dict(form)
        elif json is not None:
            options["data"] = json
        elif content is not None:
            options["data"] = content
        if headers is not None:
            options["headers"] = dict(headers)
        response = self.request.fetch(url, **options)
        # The body is another call to the browser's driver: made only for an answer whose body
        # is read (a redirect's seldom is; the login walk follows three).
        return Answer(response.status, response.url, CaseInsensitiveDict(response.headers),
                      response.text)
