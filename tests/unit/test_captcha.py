"""图形验证码: drawn at three device pixels per CSS pixel, so phones show it sharp."""

from __future__ import annotations

import io

from PIL import Image

from mock_portal.services import captcha


def test_the_image_has_three_device_pixels_per_css_pixel_of_its_100_by_40_box():
    image = Image.open(io.BytesIO(captcha.draw("1488")))

    assert image.size == (300, 120)


def test_the_same_value_draws_the_same_image():
    assert captcha.draw("1488") == captcha.draw("1488")

