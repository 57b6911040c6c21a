"""图形验证码: four digits drawn by the server as a PNG image."""

from __future__ import annotations

import io
import random
import secrets

from PIL import Image, ImageDraw, ImageFont

from ..config import CAPTCHA_LENGTH

#: The image's size on the page, in CSS pixels (idp.css), and how many device pixels it has per
#: CSS pixel: 3, so a phone's screen (2.6–3 device pixels per CSS pixel) shows it sharp.
WIDTH, HEIGHT = 100, 40
SCALE = 3
LENGTH = CAPTCHA_LENGTH


def new_value(fixed: str | None) -> str:
    """The digits the next image shows: `fixed` (MOCK_PORTAL_CAPTCHA) or random ones."""
    if fixed:
        return fixed
    return "".join(secrets.choice("0123456789") for _ in range(LENGTH))


def draw(value: str) -> bytes:
    """A PNG of `value` with a little noise, readable by a person, SCALE times the page size."""
    rng = random.Random(value)
    width, height = WIDTH * SCALE, HEIGHT * SCALE
    image = Image.new("RGB", (width, height), (238, 243, 250))
    pen = ImageDraw.Draw(image)
    for _ in range(6):
        pen.line([(rng.randrange(width), rng.randrange(height)),
                  (rng.randrange(width), rng.randrange(height))],
                 fill=(rng.randrange(120, 200),) * 3, width=SCALE)
    font = ImageFont.load_default(size=26 * SCALE)
    step = (WIDTH - 12) // max(len(value), 1)
    for i, digit in enumerate(value):
        colour = (rng.randrange(0, 90), rng.randrange(40, 110), rng.randrange(120, 200))
        pen.text(((8 + i * step) * SCALE, (4 + rng.randrange(0, 5)) * SCALE), digit, font=font,
                 fill=colour)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
