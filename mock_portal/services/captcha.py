"""图形验证码: four digits drawn by the server as a PNG image."""

from __future__ import annotations

import io
import random
import secrets

from PIL import Image, ImageDraw, ImageFont

from ..domain import constant_time

WIDTH, HEIGHT = 100, 38
LENGTH = 4


def new_value(fixed: str | None) -> str:
    """The digits the next image shows: `fixed` (MOCK_PORTAL_CAPTCHA) or random ones."""
    if fixed:
        return fixed
    return "".join(secrets.choice("0123456789") for _ in range(LENGTH))


def draw(value: str) -> bytes:
    """A PNG of `value` with a little noise, readable by a person."""
    rng = random.Random(value)
    image = Image.new("RGB", (WIDTH, HEIGHT), (238, 243, 250))
    pen = ImageDraw.Draw(image)
    for _ in range(6):
        pen.line([(rng.randrange(WIDTH), rng.randrange(HEIGHT)),
                  (rng.randrange(WIDTH), rng.randrange(HEIGHT))],
                 fill=(rng.randrange(120, 200),) * 3, width=1)
    font = ImageFont.load_default(size=26)
    step = (WIDTH - 12) // max(len(value), 1)
    for i, digit in enumerate(value):
        colour = (rng.randrange(0, 90), rng.randrange(40, 110), rng.randrange(120, 200))
        pen.text((8 + i * step, 4 + rng.randrange(0, 5)), digit, font=font, fill=colour)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def matches(expected: str | None, typed: str) -> bool:
    return bool(expected) and constant_time.equal(typed.strip(), expected)
