"""Screens compared with a picture kept in the repository, as Playwright Test's
`toHaveScreenshot`: the baseline's file name, the options and the images of a mismatch follow it.

    baseline_path(test_file, name, project)   <test file>-snapshots/<name>-<project>-<platform>.png,
                                              project as Playwright Test names it, with its
                                              engine: step-01-desktop-chromium-linux.png
    ScreenshotOptions.from_config(settings)   expect.toHaveScreenshot of playwright.config.py
    compare(expected, actual, options)        pixels that differ (pixelmatch), and the diff image
    capture(target, options, mask, matches)   a screenshot, retaken until stable if it differs

No pytest here; fixtures/screenshots.py is the fixture and the report entries.
"""

from __future__ import annotations

import io
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from PIL import Image, ImageChops
from playwright.sync_api import Locator, Page

#: --update-snapshots: which baselines a run writes from the screens as they are.
UPDATE_MODES = ("none", "missing", "changed", "all")


@dataclass(frozen=True)
class ScreenshotOptions:
    """toHaveScreenshot's options, in Playwright Test's spelling in the config file.

    threshold: how far two pixels' colours may be apart and still count as the same (0–1, in
    YIQ space); max_diff_pixels / max_diff_pixel_ratio: how many may differ. Playwright Test's
    defaults, with animations off and the caret hidden.
    """

    threshold: float = 0.2
    max_diff_pixels: int | None = None
    max_diff_pixel_ratio: float | None = None
    animations: str = "disabled"
    caret: str = "hide"
    scale: str = "css"
    full_page: bool = False
    mask_color: str = "#FF00FF"
    #: Milliseconds to wait for two screenshots in a row alike, when the first differs.
    timeout: float = 5_000

    #: The config's camelCase names.
    SPELLING = {"threshold": "threshold", "maxDiffPixels": "max_diff_pixels",
                "maxDiffPixelRatio": "max_diff_pixel_ratio", "animations": "animations",
                "caret": "caret", "scale": "scale", "fullPage": "full_page",
                "maskColor": "mask_color", "timeout": "timeout"}

    @classmethod
    def from_config(cls, section: dict, timeout: float) -> ScreenshotOptions:
        """expect.toHaveScreenshot (camelCase) of playwright.config.py, expect.timeout as the
        default timeout."""
        unknown = set(section) - set(cls.SPELLING)
        if unknown:
            raise ValueError(f"unknown expect.toHaveScreenshot options {sorted(unknown)} in "
                             f"playwright.config.py (known: {sorted(cls.SPELLING)})")
        return cls(**{"timeout": timeout,
                      **{cls.SPELLING[key]: value for key, value in section.items()}})

    def with_(self, **changes) -> ScreenshotOptions:
        """These options, with the ones given (not None) changed."""
        known = {f.name for f in fields(self)}
        return type(self)(**{**{f: getattr(self, f) for f in known},
                             **{k: v for k, v in changes.items() if v is not None}})

    def allowed_pixels(self, total: int) -> int:
        """How many pixels of `total` may differ: the stricter of the two limits, 0 if none."""
        limits = [limit for limit in (
            self.max_diff_pixels,
            None if self.max_diff_pixel_ratio is None else int(self.max_diff_pixel_ratio * total),
        ) if limit is not None]
        return min(limits) if limits else 0


def platform() -> str:
    """Playwright Test's snapshot suffix: Node's process.platform (linux, darwin, win32)."""
    return {"darwin": "darwin", "win32": "win32"}.get(sys.platform, "linux")


def sanitized(name: str) -> str:
    """A screenshot's name as a file name: Playwright Test keeps letters, digits, - and _."""
    stem = name.removesuffix(".png")
    return re.sub(r"[^\w-]+", "-", stem).strip("-")


def baseline_path(test_file: Path, name: str, project: str) -> Path:
    """Where Playwright Test keeps the baseline: beside the test file, per project (its name with
    the engine, "desktop-chromium") and platform."""
    return (test_file.parent / f"{test_file.name}-snapshots"
            / f"{sanitized(name)}-{project}-{platform()}.png")


@dataclass(frozen=True)
class Comparison:
    """What comparing two images found: differing pixels, out of how many, and the diff image
    (None when the sizes differ)."""

    differing: int
    total: int
    diff: bytes | None
    size_problem: str | None = None


def _image(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGBA")


#: Side of the squares compared one by one: pixelmatch (pure Python) only looks at the squares
#: that differ at all, so a mismatch costs a fraction of a second, not seconds.
TILE = 64
#: pixelmatch's anti-aliasing detection looks at each pixel's neighbours: a margin around a tile.
MARGIN = 2
#: pixelmatch's colours in the diff image: a differing pixel, and how faint the rest is drawn.
DIFF_COLOR = (255, 0, 0)
FAINT = 0.1


def compare(expected: bytes, actual: bytes, options: ScreenshotOptions) -> Comparison:
    """Pixels of `actual` that differ from `expected` (both PNG), with pixelmatch."""
    if expected == actual:
        return Comparison(0, 0, None)
    # Imported here: a run whose screens all match needs no pixelmatch (pyproject.toml has it).
    from pixelmatch.contrib.PIL import pixelmatch
    before, after = _image(expected), _image(actual)
    width, height = before.size
    total = width * height
    if before.size != after.size:
        return Comparison(total, total, None,
                          f"expected {width}×{height} pixels, "
                          f"got {after.width}×{after.height}")
    # The diff image as pixelmatch draws it: the expected screen faint, differences red.
    diff = Image.blend(Image.new("RGBA", before.size, "white"),
                       before.convert("L").convert("RGBA"), FAINT)
    differing = 0
    for top in range(0, height, TILE):
        for left in range(0, width, TILE):
            tile = (left, top, min(left + TILE, width), min(top + TILE, height))
            if ImageChops.difference(before.crop(tile), after.crop(tile)).getbbox(alpha_only=False) is None:
                continue
            around = (max(left - MARGIN, 0), max(top - MARGIN, 0),
                      min(tile[2] + MARGIN, width), min(tile[3] + MARGIN, height))
            marks = Image.new("RGBA", (around[2] - around[0], around[3] - around[1]))
            pixelmatch(before.crop(around), after.crop(around), marks,
                       threshold=options.threshold, diff_color=DIFF_COLOR, diff_mask=True)
            inside = marks.crop((tile[0] - around[0], tile[1] - around[1],
                                 tile[2] - around[0], tile[3] - around[1]))
            differing += sum(count for count, colour in inside.getcolors(TILE * TILE)
                             if colour == (*DIFF_COLOR, 255))
            diff.alpha_composite(inside, (left, top))
    out = io.BytesIO()
    diff.save(out, format="PNG")
    return Comparison(differing, total, out.getvalue())


def passes(comparison: Comparison, options: ScreenshotOptions) -> bool:
    return (comparison.size_problem is None
            and comparison.differing <= options.allowed_pixels(comparison.total))


def writes_baseline(mode: str, has_baseline: bool, matches: bool) -> bool:
    """Whether a run with --update-snapshots=`mode` writes the screen as its baseline: every
    one with all, a missing one unless it only compares (none), a changed one with changed."""
    return mode == "all" or (mode != "none" and not has_baseline) or (
        mode == "changed" and not matches)


def capture(target: Page | Locator, options: ScreenshotOptions, mask: Sequence[Locator],
            matches: Callable[[bytes], bool]) -> bytes:
    """A screenshot of `target`: the first if `matches` it, else the first of two in a row that
    are alike (the screen settled), within the timeout, as Playwright Test retakes them."""
    kwargs = dict(animations=options.animations, caret=options.caret, scale=options.scale,
                  mask=list(mask), mask_color=options.mask_color)
    if isinstance(target, Page):
        kwargs["full_page"] = options.full_page
    shot = target.screenshot(**kwargs)
    if matches(shot):
        return shot
    deadline = time.monotonic() + options.timeout / 1000
    while time.monotonic() < deadline:
        again = target.screenshot(**kwargs)
        if again == shot:
            return shot
        shot = again
    return shot
