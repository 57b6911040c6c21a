"""support/screenshots.py: baseline names as Playwright Test's, the config's options, the
pixel comparison and its limits; fixtures/screenshots.py's --update-snapshots modes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

import fixtures.screenshots
from support import screenshots
from support.screenshots import ScreenshotOptions


def png(colour: str = "white", box: tuple[int, int, int, int] | None = None,
        size: tuple[int, int] = (200, 100)) -> bytes:
    image = Image.new("RGBA", size, "white")
    if box is not None:
        ImageDraw.Draw(image).rectangle(box, fill=colour)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_the_baseline_sits_beside_the_test_per_project_and_platform(monkeypatch):
    monkeypatch.setattr(screenshots.sys, "platform", "linux")

    path = screenshots.baseline_path(Path("/repo/e2e/test_screens.py"), "第6步 在线填表.png",
                                     "mobile-chromium")

    assert path == Path("/repo/e2e/test_screens.py-snapshots/"
                        "第6步-在线填表-mobile-chromium-linux.png")


def test_options_are_read_in_playwright_tests_spelling():
    options = ScreenshotOptions.from_config({"maxDiffPixels": 10, "threshold": 0.1,
                                             "fullPage": True}, timeout=1_000)

    assert (options.max_diff_pixels, options.threshold, options.full_page, options.timeout,
            options.animations, options.caret) == (10, 0.1, True, 1_000, "disabled", "hide")
    assert options.with_(threshold=0.3, max_diff_pixels=None).threshold == 0.3
    with pytest.raises(ValueError, match="maxDiffPixel"):
        ScreenshotOptions.from_config({"maxDiffPixel": 1}, timeout=1_000)


def test_the_stricter_limit_of_pixels_and_ratio_holds():
    assert ScreenshotOptions().allowed_pixels(1_000) == 0
    assert ScreenshotOptions(max_diff_pixels=50, max_diff_pixel_ratio=0.01).allowed_pixels(
        1_000) == 10
    assert ScreenshotOptions(max_diff_pixel_ratio=0.1).allowed_pixels(1_000) == 100


def test_a_changed_box_counts_its_pixels_and_draws_them_red():
    box = (90, 40, 99, 49)  # across the first tile's edge: counted once
    comparison = screenshots.compare(png("red", box), png("blue", box), ScreenshotOptions())

    assert comparison.differing == 100
    assert not screenshots.passes(comparison, ScreenshotOptions())
    assert screenshots.passes(comparison, ScreenshotOptions(max_diff_pixels=100))
    diff = Image.open(io.BytesIO(comparison.diff)).convert("RGBA")
    assert diff.getpixel((95, 45)) == (255, 0, 0, 255)
    assert diff.getpixel((10, 10)) != (255, 0, 0, 255)


def test_a_colour_within_the_threshold_is_the_same_and_a_size_change_is_not():
    near = screenshots.compare(png("#c8161d", (0, 0, 9, 9)), png("#c9161d", (0, 0, 9, 9)),
                               ScreenshotOptions())
    resized = screenshots.compare(png(), png(size=(200, 101)), ScreenshotOptions())

    assert near.differing == 0
    assert resized.size_problem == "expected 200×100 pixels, got 200×101"
    assert not screenshots.passes(resized, ScreenshotOptions())


@pytest.mark.parametrize(("mode", "written"), [
    # (missing, same, changed)
    ("none", (False, False, False)),
    ("missing", (True, False, False)),
    ("changed", (True, False, True)),
    ("all", (True, True, True)),
])
def test_update_snapshots_writes_the_baselines_its_mode_names(mode, written):
    # The browser runs of tests/harness/test_baselines.py show a write (missing) and both
    # failures (none); which baselines each mode writes is held here.
    assert (screenshots.writes_baseline(mode, has_baseline=False, matches=False),
            screenshots.writes_baseline(mode, has_baseline=True, matches=True),
            screenshots.writes_baseline(mode, has_baseline=True, matches=False)) == written


@pytest.mark.parametrize(("args", "mode"), [
    ([], "none"),
    # The command a mismatch's message names (fixtures/screenshots.py): the flag alone.
    (["--update-snapshots"], "changed"),
    (["--update-snapshots=missing"], "missing"),
])
def test_update_snapshots_alone_rewrites_the_changed_baselines(args, mode):
    parser = pytest.Parser(_ispytest=True)  # as pytest's own tests build one
    fixtures.screenshots.pytest_addoption(parser)

    assert parser.parse_known_args(args).update_snapshots == mode
