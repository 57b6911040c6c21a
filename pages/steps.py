"""Named steps, as Playwright Test's `test.step`: `with step("第6步 在线填表"): …`, or
`@step("填写缴费工资和缴费周期")` on a page object's method.

A step opens a group in the trace of every browser context its test records
(`context.tracing.group`), so the trace viewer reads as the guide; steps nest. An error leaving a
step carries the path of steps it failed in (`steps_of(error)`, and a note in its traceback:
「步骤: 第6步 在线填表 › 填写缴费工资和缴费周期」), and so does every `expect.soft` failure made
inside it. fixtures/steps.py tells this module which contexts the running test has and puts the
failed steps into the terminal, the HTML report and JUnit.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable
from contextlib import ContextDecorator

from playwright._impl import _assertions
from playwright.sync_api import BrowserContext, Error

#: Joins nested steps' titles (Playwright Test's reporters show a path so too).
SEPARATOR = " › "
NOTE_PREFIX = "步骤: "

#: The steps open now, outermost first (one test at a time runs in a process).
_open: list[str] = []
#: The browser contexts of the running test, asked at each step (fixtures/steps.py sets it).
_contexts: Callable[[], Iterable[BrowserContext]] = tuple


def record_steps_in(contexts: Callable[[], Iterable[BrowserContext]]) -> None:
    """Open the trace groups of the coming steps in `contexts()` (the running test's)."""
    global _contexts
    _contexts = contexts


def forget_contexts() -> None:
    """The test is over: no context to group in, no step open."""
    record_steps_in(tuple)
    _open.clear()


def current_path() -> str:
    """The titles of the steps open now, outermost first, joined by SEPARATOR."""
    return SEPARATOR.join(_open)


def steps_of(error: BaseException) -> str | None:
    """The path of steps `error` was raised in (or its cause was), None outside any step."""
    while error is not None:
        path = getattr(error, "_steps", None)
        if path is not None:
            return path
        error = error.__cause__
    return None


def _mark(error: BaseException, path: str) -> None:
    # The innermost step names the error; wrappers (JourneyStepError) keep their cause's path.
    if steps_of(error) is None:
        error._steps = path  # type: ignore[attr-defined]
        error.add_note(NOTE_PREFIX + path)


def _caller() -> dict:
    """Where the step was entered: the first frame outside this module and contextlib (a
    decorated method's caller), as the trace viewer's source location."""
    frame = sys._getframe(1)
    while frame.f_code.co_filename in (__file__, contextlib.__file__):
        frame = frame.f_back
    return {"file": frame.f_code.co_filename, "line": frame.f_lineno}


def _soft_errors() -> list[AssertionError]:
    # pytest-playwright's scope of expect.soft failures for the running test; the module says
    # it stays where it is (playwright/_impl/_assertions.py's docstring).
    return _assertions._soft_errors or []


class step(ContextDecorator):
    """A named step: a context manager, or a decorator of a function or method."""

    def __init__(self, title: str) -> None:
        self.title = title

    def _recreate_cm(self) -> step:
        # A decorated function may run inside itself (or another decorated call): one per call.
        return step(self.title)

    def __enter__(self) -> step:
        _open.append(self.title)
        self._path = current_path()
        self._soft_before = len(_soft_errors())
        self._grouped = []
        contexts = tuple(_contexts())
        location = _caller() if contexts else None
        for context in contexts:
            try:
                context.tracing.group(self.title, location=location)
                self._grouped.append(context)
            except Error:
                pass  # a context closed meanwhile has no trace to group in
        return self

    def __exit__(self, kind, error, traceback) -> None:
        for soft_error in _soft_errors()[self._soft_before:]:
            _mark(soft_error, self._path)
        if error is not None:
            _mark(error, self._path)
        for context in reversed(self._grouped):
            try:
                context.tracing.group_end()
            except Error:
                pass
        _open.pop()
