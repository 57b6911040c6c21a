"""The identity platform's pages for people without a mouse: every captcha image sits in a
button (Tab reaches it, Enter or Space draws a new one; the browser side is e2e/test_keyboard.py)."""

from __future__ import annotations

import pytest

from support.html import captcha_images, link_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.accessibility]


def test_the_login_pages_two_captchas_are_buttons(user):
    login_page = user.open_login_page("/space/")

    assert captcha_images(login_page) == ["button", "button"]  # 账号登录 and 短信登录


@pytest.mark.parametrize("link", ["立即注册", "忘记密码?"])
def test_the_captcha_of_registration_and_password_reset_is_a_button(user, link):
    login_page = user.open_login_page("/space/")

    page = user.open(link_of(login_page, link), origin="idp")

    assert captcha_images(page) == ["button"]
