"""北京市统一身份认证平台: 立即注册 (a new 北京通 account) and 忘记密码? (a new password), with
the pages that end them when no portal asked for the login: 注册成功 and 密码重置成功."""

from __future__ import annotations

from typing import Self

from playwright.sync_api import Page

from . import home, identity
from .components import (
    CAPTCHA_NAME,
    TEST_CAPTCHA,
    ErrorBox,
    InfoBox,
    Next,
    Screen,
    captcha_refresh_button,
    click_through,
    request_code,
    send_code_button,
)


class _SmsForm(Screen):
    """A platform form that starts with 手机号, 图形验证码 and 短信验证码 with 获取验证码."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.phone = page.get_by_label("手机号", exact=True)
        self.captcha = page.get_by_label("图形验证码", exact=True)
        self.captcha_image = page.get_by_alt_text(CAPTCHA_NAME, exact=True)
        self.captcha_refresh = captcha_refresh_button(page)
        self.code = page.get_by_label("短信验证码", exact=True)
        self.send_code_button = send_code_button(page)
        self.password_rule = page.get_by_text("密码为8-20位，不能全为数字、全为字母或全为符号")
        self.back_link = page.get_by_role("link", name="返回", exact=True)
        self.error = ErrorBox(page).message
        self.notice = InfoBox(page).message

    def request_sms_code(self, phone: str, captcha: str = TEST_CAPTCHA) -> Self:
        """Type 手机号 and the graphic captcha, 点击【获取验证码】."""
        self.phone.fill(phone)
        self.captcha.fill(captcha)
        request_code(self.send_code_button)
        return self


class RegistrationPage(_SmsForm):
    """用户注册 (立即注册): phone, SMS code, password twice, real name and ID number."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="北京市统一身份认证平台 用户注册")
        self.password = page.get_by_label("密码", exact=True)
        self.confirmation = page.get_by_label("确认密码", exact=True)
        self.name = page.get_by_label("真实姓名", exact=True)
        self.id_number = page.get_by_label("身份证号", exact=True)
        self.register_button = page.get_by_role("button", name="注册", exact=True)
        self.login_link = page.get_by_role("link", name="立即登录", exact=True)

    def open(self, idp_url: str) -> RegistrationPage:
        """立即注册 opened on the platform itself (no portal asked for a login)."""
        self.page.goto(f"{idp_url}/renzheng/open/register")
        return self.wait_until_ready()

    def fill_in(self, code: str, password: str, name: str, id_number: str,
                confirmation: str | None = None) -> RegistrationPage:
        """Type 短信验证码, 密码, 确认密码 (the same unless given), 真实姓名 and 身份证号."""
        self.code.fill(code)
        self.password.fill(password)
        self.confirmation.fill(password if confirmation is None else confirmation)
        self.name.fill(name)
        self.id_number.fill(id_number)
        return self

    def register(self, *, then: type[Next]) -> Next:
        """点击【注册】: logged in, back on the portal page `then`, where the login was asked."""
        return click_through(self.register_button, then)

    def register_expecting_error(self) -> RegistrationPage:
        """点击【注册】 with something wrong: the form comes back with a message."""
        return click_through(self.register_button, RegistrationPage)


class PasswordResetPage(_SmsForm):
    """找回密码 (忘记密码?): phone, SMS code and the new password twice."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="北京市统一身份认证平台 找回密码")
        self.password = page.get_by_label("新密码", exact=True)
        self.confirmation = page.get_by_label("确认新密码", exact=True)
        self.reset_button = page.get_by_role("button", name="重置密码", exact=True)

    def open(self, idp_url: str) -> PasswordResetPage:
        """忘记密码? opened on the platform itself (no portal asked for a login)."""
        self.page.goto(f"{idp_url}/renzheng/open/password/forget")
        return self.wait_until_ready()

    def fill_in(self, code: str, password: str,
                confirmation: str | None = None) -> PasswordResetPage:
        """Type 短信验证码, 新密码 and 确认新密码 (the same unless given)."""
        self.code.fill(code)
        self.password.fill(password)
        self.confirmation.fill(password if confirmation is None else confirmation)
        return self

    def reset(self) -> identity.IdentityLoginPage:
        """点击【重置密码】: back on the login page, which says 密码重置成功."""
        return click_through(self.reset_button, identity.IdentityLoginPage)

    def reset_expecting_done(self) -> PasswordResetDonePage:
        """点击【重置密码】 when no portal asked for a login: the platform's 密码重置成功 page."""
        return click_through(self.reset_button, PasswordResetDonePage)

    def reset_expecting_error(self) -> PasswordResetPage:
        """点击【重置密码】 with something wrong: the form comes back with a message."""
        return click_through(self.reset_button, PasswordResetPage)


class _DonePage(Screen):
    """A page that ends a platform form: its message and 【登录北京市政务服务网】."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.message = InfoBox(page).message
        self.portal_login_link = page.get_by_role("link", name="登录北京市政务服务网", exact=True)

    def log_in_to_portal(self) -> identity.IdentityLoginPage:
        """点击【登录北京市政务服务网】: the portal's 登录, which leads to the platform's login page
        (or straight back to the portal while this browser is logged in)."""
        return click_through(self.portal_login_link, identity.IdentityLoginPage)

    def log_in_to_portal_already_logged_in(self) -> home.HomePage:
        """点击【登录北京市政务服务网】 while logged in on the platform: the portal's 首都之窗."""
        return click_through(self.portal_login_link, home.HomePage)


class RegistrationDonePage(_DonePage):
    """注册成功: the new account's holder greeted, with the phone to log in with."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="注册成功", exact=True)


class PasswordResetDonePage(_DonePage):
    """密码重置成功: the new password is set, every session of the person ended."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="密码重置成功", exact=True)
