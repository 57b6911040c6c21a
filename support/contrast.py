"""WCAG 2 colour contrast of text over a gradient, which axe-core leaves "incomplete": the text's
colour (with its opacity) against each colour stop of the gradient behind it, judged by the
worst stop. Pure: the browser part reads the computed styles (e2e/test_accessibility.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: WCAG 2.x AA (success criterion 1.4.3): normal text, and large text (≥ 18pt, or ≥ 14pt bold).
AA_NORMAL, AA_LARGE = 4.5, 3.0
#: 18pt and 14pt in CSS pixels (1pt = 4/3 px), and the weight from which text counts as bold.
LARGE_PX, LARGE_BOLD_PX, BOLD_WEIGHT = 24.0, 56 / 3, 700

RGB = tuple[float, float, float]

# A computed colour as browsers serialise it: rgb(r, g, b) or rgba(r, g, b, a).
_COMPUTED = re.compile(r"rgba?\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\s*\)")


class UnreadableColour(ValueError):
    """A computed colour not written as rgb()/rgba(); str() quotes it."""


def parse(css: str) -> tuple[RGB, float]:
    """A computed colour, `rgb(11, 78, 162)` or `rgba(…, 0.5)`: its channels and its alpha."""
    match = _COMPUTED.fullmatch(css.strip())
    if match is None:
        raise UnreadableColour(f"not a computed rgb()/rgba() colour: {css!r}")
    r, g, b, alpha = match.groups()
    return (float(r), float(g), float(b)), float(alpha) if alpha is not None else 1.0


def stops(background_image: str) -> list[RGB]:
    """The colour stops of a computed `background-image` (every rgb()/rgba() in it, in order;
    a stop's own transparency is ignored: the worst case is its full colour)."""
    return [parse(m[0])[0] for m in _COMPUTED.finditer(background_image)]


def relative_luminance(rgb: RGB) -> float:
    """WCAG's relative luminance of an sRGB colour with channels 0–255."""
    def linear(channel: float) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(one: RGB, other: RGB) -> float:
    """WCAG's contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def over(colour: RGB, alpha: float, backdrop: RGB) -> RGB:
    """`colour` at `alpha` composited over an opaque `backdrop` (what the eye sees)."""
    return tuple(alpha * c + (1 - alpha) * b for c, b in zip(colour, backdrop, strict=True))


def required(font_size_px: float, font_weight: int) -> float:
    """The AA minimum for text of this size and weight: 3:1 when large, else 4.5:1."""
    large = font_size_px >= LARGE_PX or (font_weight >= BOLD_WEIGHT
                                         and font_size_px >= LARGE_BOLD_PX)
    return AA_LARGE if large else AA_NORMAL


@dataclass(frozen=True)
class TextOverGradient:
    """One text as the browser computed it: its colour, the opacity it is drawn with (its own
    alpha aside: the opacities of it and its ancestors up to the gradient), its size and
    weight, and the gradient's `background-image` behind it."""

    where: str
    colour: str
    opacity: float
    font_size_px: float
    font_weight: int
    background_image: str

    def worst_ratio(self) -> float:
        """The contrast against the gradient's worst stop (ValueError without a stop)."""
        colour, alpha = parse(self.colour)
        backdrops = stops(self.background_image)
        if not backdrops:
            raise UnreadableColour(f"no colour stop in {self.background_image!r}")
        return min(ratio(over(colour, alpha * self.opacity, stop), stop) for stop in backdrops)

    def problem(self) -> str | None:
        """What is wrong with the text's contrast, or None when it meets AA at every stop."""
        worst, needed = self.worst_ratio(), required(self.font_size_px, self.font_weight)
        if worst >= needed:
            return None
        return (f"{self.where}: {self.colour} (opacity {self.opacity:g}) over "
                f"{self.background_image} is {worst:.2f}:1 at its worst stop; WCAG AA needs "
                f"{needed:g}:1 for {self.font_size_px:g}px text of weight {self.font_weight}")
