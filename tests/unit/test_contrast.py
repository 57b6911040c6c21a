"""support/contrast.py: WCAG's contrast ratio, and text over a gradient judged by its worst stop."""

from __future__ import annotations

import pytest

from support.contrast import (
    AA_LARGE,
    AA_NORMAL,
    TextOverGradient,
    UnreadableColour,
    over,
    parse,
    ratio,
    required,
    stops,
)

WHITE, BLACK = (255, 255, 255), (0, 0, 0)


@pytest.mark.parametrize(("foreground", "background", "expected"), [
    # axe-core and WebAIM show two decimals, cut off (not rounded): compared to 0.01.
    (BLACK, WHITE, 21.0),
    (WHITE, WHITE, 1.0),
    ((0x77, 0x77, 0x77), WHITE, 4.48),  # the grey just short of AA, as WebAIM gives it
    ((0x76, 0x76, 0x76), WHITE, 4.54),  # the lightest grey that passes
    ((0x66, 0x66, 0x66), WHITE, 5.74),  # axe-core's figures for our own pages
    ((0x0B, 0x4E, 0xA2), WHITE, 7.99),
    ((0x00, 0x00, 0xEE), WHITE, 9.39),
])
def test_the_ratio_of_known_pairs(foreground, background, expected):
    assert ratio(foreground, background) == pytest.approx(expected, abs=0.01)


def test_the_ratio_does_not_depend_on_which_colour_is_the_text():
    assert ratio(WHITE, (0x0B, 0x4E, 0xA2)) == ratio((0x0B, 0x4E, 0xA2), WHITE)


def test_computed_colours_are_read_with_their_alpha():
    assert parse("rgb(11, 78, 162)") == ((11, 78, 162), 1.0)
    assert parse("rgba(255, 255, 255, 0.85)") == ((255, 255, 255), 0.85)


def test_a_colour_not_as_computed_is_refused():
    with pytest.raises(UnreadableColour, match="#fff"):
        parse("#fff")


def test_the_stops_of_a_computed_gradient_in_order():
    assert stops("linear-gradient(rgb(11, 78, 162), rgba(47, 125, 209, 0.5) 80%)") == [
        (11, 78, 162), (47, 125, 209)]


def test_a_translucent_colour_is_mixed_with_its_backdrop():
    assert over(WHITE, 0.5, BLACK) == (127.5, 127.5, 127.5)


@pytest.mark.parametrize(("size", "weight", "expected"), [
    (14, 400, AA_NORMAL), (23.9, 400, AA_NORMAL), (24, 400, AA_LARGE),
    (18.6, 700, AA_NORMAL), (18.7, 700, AA_LARGE), (22, 600, AA_NORMAL),
])
def test_large_text_is_18pt_or_14pt_bold(size, weight, expected):
    assert required(size, weight) == expected


def _text(colour="rgb(255, 255, 255)", opacity=1.0, size=14.0, weight=400,
          gradient="linear-gradient(rgb(11, 78, 162), rgb(47, 125, 209))"):
    return TextOverGradient("header nav a", colour, opacity, size, weight, gradient)


def test_text_is_judged_by_the_gradients_worst_stop():
    # White is 7.99:1 on the dark stop, 4.22:1 on the light one.
    text = _text()

    assert round(text.worst_ratio(), 2) == 4.22
    assert text.problem() == (
        "header nav a: rgb(255, 255, 255) (opacity 1) over linear-gradient(rgb(11, 78, 162), "
        "rgb(47, 125, 209)) is 4.22:1 at its worst stop; WCAG AA needs 4.5:1 for 14px text "
        "of weight 400")


def test_large_text_passes_where_normal_text_fails():
    assert _text(size=22, weight=700).problem() is None


def test_opacity_lowers_the_contrast():
    dark = "linear-gradient(rgb(11, 78, 162), rgb(11, 78, 162))"

    assert _text(gradient=dark).problem() is None
    assert _text(gradient=dark, opacity=0.5).problem() is not None


def test_a_gradient_without_a_stop_cannot_be_judged():
    with pytest.raises(UnreadableColour, match="no colour stop"):
        _text(gradient="none").worst_ratio()
