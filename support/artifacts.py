"""A test's Playwright artifacts (trace, screenshots, videos), written only when they are kept.

pytest-playwright writes every test's trace zip and takes every page's screenshot when a context
closes, and throws them away afterwards when the test passed. Here the outcome is asked first:
when the test is known to have passed, a trace is discarded unwritten and no screenshot is
taken. Only a context closed while the test still runs (the outcome unknown) has its artifacts
written to a scratch folder, kept or deleted once the outcome is known. The files and their
names are pytest-playwright's: `test-failed-1.png` (`test-finished-1.png` under "on"),
`trace.zip` (`trace-N.zip` for several contexts), `video.webm` (`video-N.webm`).
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from playwright.sync_api import BrowserContext, Error, Page

from .run_settings import ON_FIRST_RETRY, TraceParts

#: The order kinds are listed in (the reports list them so).
KINDS = ("screenshot", "trace", "video")
#: How long a screenshot at close may take (pytest-playwright's own limit).
SCREENSHOT_TIMEOUT_MS = 5000


def keeps(mode: str, failed: bool) -> bool:
    """Whether an artifact recorded under `mode` ("on", "retain-on-failure", "only-on-failure",
    "off") is kept for a test that failed or passed."""
    return mode == "on" or (failed and mode in ("retain-on-failure", "only-on-failure"))


def trace_mode_of_attempt(trace: str, attempt: int) -> str:
    """The trace mode of one attempt: "on-first-retry" traces the second attempt only."""
    if trace == ON_FIRST_RETRY:
        return "on" if attempt == 2 else "off"
    return trace


@dataclass(frozen=True)
class Policy:
    """What one attempt of a test records, spelled as in Playwright Test."""

    trace: str
    screenshot: str
    video: str
    full_page: bool = False
    #: What a trace records (playwright.config.py's trace object; all by default).
    trace_parts: TraceParts = TraceParts()


class ArtifactKeeper:
    """The artifacts of one attempt of one test: `watch` each context as it is made, `finish`
    with the outcome once the test has run; `kept` then lists (kind, path) in `folder`.

    `failed()` answers True or False once the test's outcome is known, None while it runs.
    """

    def __init__(self, policy: Policy, folder: Path, scratch: Path, title: str,
                 failed: Callable[[], bool | None]) -> None:
        self.policy = policy
        self.folder = folder
        self.scratch = scratch
        self.title = title
        self.failed = failed
        self.contexts: list[BrowserContext] = []
        self.kept: list[tuple[str, Path]] = []
        #: (kind, file in the scratch folder), in the order made.
        self._written: list[tuple[str, Path]] = []

    def _mode(self, kind: str) -> str:
        return getattr(self.policy, kind)

    def _wanted(self, kind: str) -> bool:
        """Whether to write an artifact now: kept whatever happens, or the outcome not known."""
        failed = self.failed()
        return keeps(self._mode(kind), True if failed is None else failed)

    def _scratch_file(self, kind: str) -> Path:
        path = self.scratch / f"{uuid.uuid4().hex}-{kind}"
        self._written.append((kind, path))
        return path

    def watch(self, context: BrowserContext) -> None:
        """Start recording a new context; its close records what the policy keeps."""
        self.contexts.append(context)
        if self.policy.trace != "off":
            context.tracing.start(title=self.title, **asdict(self.policy.trace_parts))
        close = context.close

        def close_keeping_artifacts(*args, **kwargs) -> None:
            pages = list(context.pages)
            self._before_close(context, pages)
            close(*args, **kwargs)
            self._after_close(pages)
            self.contexts.remove(context)

        context.close = close_keeping_artifacts

    def _before_close(self, context: BrowserContext, pages: list[Page]) -> None:
        if self.policy.trace != "off":
            if self._wanted("trace"):
                context.tracing.stop(path=self._scratch_file("trace"))
            else:
                context.tracing.stop()  # discarded, never written
        if self.policy.screenshot != "off" and self._wanted("screenshot"):
            for page in pages:
                try:
                    page.screenshot(path=self._scratch_file("screenshot"), type="png",
                                    timeout=SCREENSHOT_TIMEOUT_MS,
                                    full_page=self.policy.full_page)
                except Error:
                    pass  # a page that cannot be drawn any more has no screenshot

    def _after_close(self, pages: list[Page]) -> None:
        # A video is complete only once its context is closed.
        if self.policy.video == "off":
            return
        wanted = self._wanted("video")
        for page in pages:
            video = page.video
            if video is None:
                continue
            try:
                if wanted:
                    video.save_as(self._scratch_file("video"))
                video.delete()
            except Error:
                pass  # a page closed before it drew anything has no video

    def finish(self, failed: bool) -> list[tuple[str, Path]]:
        """Close the contexts still open, then move what is kept to `folder` under
        pytest-playwright's names and delete the rest; returns `kept`."""
        for context in list(self.contexts):
            context.close()
        for kind in KINDS:
            written = [path for k, path in self._written if k == kind and path.exists()]
            if not keeps(self._mode(kind), failed):
                for path in written:
                    path.unlink()
                continue
            for index, path in enumerate(written, start=1):
                target = self.folder / _file_name(kind, index, len(written), failed)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(path, target)
                self.kept.append((kind, target))
        self._written.clear()
        return self.kept


def _file_name(kind: str, index: int, count: int, failed: bool) -> str:
    if kind == "screenshot":
        return f"test-{'failed' if failed else 'finished'}-{index}.png"
    stem, suffix = ("trace", "zip") if kind == "trace" else ("video", "webm")
    return f"{stem}.{suffix}" if count == 1 else f"{stem}-{index}.{suffix}"
