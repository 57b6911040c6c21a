"""北京市统一身份认证平台: the identity platform's login page (第4步) and its 已退出 page."""

from __future__ import annotations

from playwright.sync_api import Download, Page

from . import header, home, registration, steps
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


class IdentityLoginPage(Screen):
    """北京市统一身份认证平台 请您登录: 账号登录 with account, password and graphic captcha."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="北京市统一身份认证平台 请您登录")
        self.documents = page.get_by_text("中华人民共和国居民身份证")
        self.back_link = page.get_by_role("link", name="返回", exact=True)
        self.manual_link = page.get_by_role("link", name="用户操作手册下载", exact=True)

        self.account_tab = page.get_by_role("tab", name="账号登录")
        self.sms_tab = page.get_by_role("tab", name="短信登录")
        self.account_panel = page.get_by_role("tabpanel", name="账号登录")
        self.sms_panel = page.get_by_role("tabpanel", name="短信登录")

        self.hint = self.account_panel.get_by_text("持北京通账号可直接登录")
        self.account = page.get_by_label("用户名/手机号/身份证号", exact=True)
        self.password = page.get_by_label("密码", exact=True)
        self.captcha = page.get_by_label("图形验证码", exact=True)
        self.captcha_image = self.account_panel.get_by_alt_text(CAPTCHA_NAME, exact=True)
        self.captcha_refresh = captcha_refresh_button(self.account_panel)
        self.login_button = page.get_by_role("button", name="登录", exact=True)
        self.error = ErrorBox(page).message
        self.register = self.account_panel.get_by_role("link", name="立即注册", exact=True)
        self.forgot_password = self.account_panel.get_by_role("link", name="忘记密码?",
                                                               exact=True)
        self.notice = InfoBox(page).message

        self.sms_phone = self.sms_panel.get_by_label("手机号", exact=True)
        self.sms_captcha = self.sms_panel.get_by_label("短信登录图形验证码", exact=True)
        self.sms_code = self.sms_panel.get_by_label("短信验证码", exact=True)
        self.send_code_button = send_code_button(self.sms_panel)
        self.sms_login_button = self.sms_panel.get_by_role("button", name="登录", exact=True)

    def open(self) -> IdentityLoginPage:
        """The link of the portal's 【登录】 on 首都之窗 (`/login?next=/`), followed without
        opening 首都之窗 first: the portal sends the browser on to this page with a new OAuth
        state, and back to 首都之窗 after the login."""
        self.page.goto("/login?next=/")
        return self.wait_until_ready()

    @steps.step("填写账号、密码和图形验证码")
    def fill_in(self, account: str, password: str,
                captcha: str = TEST_CAPTCHA) -> IdentityLoginPage:
        """Type 用户名/手机号/身份证号, 密码 and the graphic captcha."""
        self.account.fill(account)
        self.password.fill(password)
        self.captcha.fill(captcha)
        return self

    def log_in(self, account: str, password: str, captcha: str = TEST_CAPTCHA, *,
               then: type[Next]) -> Next:
        """Log in: back on the portal page the login was asked from, the screen `then`."""
        return self.fill_in(account, password, captcha).submit(then=then)

    @steps.step("点击【登录】")
    def submit(self, *, then: type[Next]) -> Next:
        """点击【登录】 with what is typed: back on the portal page `then`, where it was asked."""
        return click_through(self.login_button, then)

    def log_in_expecting_error(self, account: str, password: str,
                               captcha: str = TEST_CAPTCHA) -> IdentityLoginPage:
        """Log in with something wrong: the login page comes back with a message."""
        self.fill_in(account, password, captcha)
        return self.submit_expecting_error()

    def submit_expecting_error(self) -> IdentityLoginPage:
        return click_through(self.login_button, IdentityLoginPage)

    def request_sms_code(self, phone: str, captcha: str = TEST_CAPTCHA) -> IdentityLoginPage:
        """短信登录: type 手机号 and the graphic captcha, 点击【获取验证码】."""
        self.sms_phone.fill(phone)
        self.sms_captcha.fill(captcha)
        request_code(self.send_code_button)
        return self

    def request_sms_code_without_answer(self, phone: str,
                                        captcha: str = TEST_CAPTCHA) -> IdentityLoginPage:
        """【获取验证码】 when the connection breaks before the platform answers."""
        self.sms_phone.fill(phone)
        self.sms_captcha.fill(captcha)
        with self.page.expect_event("requestfailed"):
            self.send_code_button.click()
        return self

    def fill_in_sms(self, phone: str, code: str) -> IdentityLoginPage:
        """短信登录: type 手机号 and 短信验证码."""
        self.sms_phone.fill(phone)
        self.sms_code.fill(code)
        return self

    def log_in_by_sms(self, phone: str, code: str, *, then: type[Next]) -> Next:
        """短信登录 with the code: back on the portal page `then`, where the login was asked."""
        self.fill_in_sms(phone, code)
        return click_through(self.sms_login_button, then)

    def log_in_by_sms_expecting_error(self, phone: str, code: str) -> IdentityLoginPage:
        """短信登录 with something wrong: the login page comes back with a message."""
        self.fill_in_sms(phone, code)
        return click_through(self.sms_login_button, IdentityLoginPage)

    def open_registration(self) -> registration.RegistrationPage:
        """点击【立即注册】."""
        return click_through(self.register, registration.RegistrationPage)

    def open_forgot_password(self) -> registration.PasswordResetPage:
        """点击【忘记密码?】."""
        return click_through(self.forgot_password, registration.PasswordResetPage)

    def switch_to_sms_login(self) -> IdentityLoginPage:
        self.sms_tab.click()
        return self

    def switch_to_account_login(self) -> IdentityLoginPage:
        self.account_tab.click()
        return self

    def refresh_captcha(self) -> IdentityLoginPage:
        """Click the captcha image (its button) for a new one."""
        with self.page.expect_response(lambda r: "captcha" in r.url):
            self.captcha_refresh.click()
        return self

    def download_manual(self) -> Download:
        """点击【用户操作手册下载】."""
        with self.page.expect_download() as download:
            self.manual_link.click()
        return download.value

    def go_back(self, *, then: type[Next]) -> Next:
        """点击【返回】: back on the portal page `then`, where the login was asked."""
        return click_through(self.back_link, then)


class IdentityUnavailablePage(Screen):
    """登录暂不可用: the portal's page while 北京市统一身份认证平台 cannot be reached, with 重试."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="登录暂不可用", exact=True)
        self.error = ErrorBox(page).message
        self.retry_link = page.get_by_role("link", name="重试", exact=True)
        self.home_link = page.get_by_role("link", name="返回首页", exact=True)

    def retry(self) -> IdentityLoginPage:
        """点击【重试】 once the platform is back: its login page."""
        return click_through(self.retry_link, IdentityLoginPage)

    def retry_expecting_unavailable(self) -> IdentityUnavailablePage:
        """点击【重试】 while the platform is still down: this page again."""
        return click_through(self.retry_link, IdentityUnavailablePage)


class LoggedOutPage(Screen):
    """已退出: 您已安全退出北京市统一身份认证平台, with 【返回北京市政务服务网】."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.heading = page.get_by_role("heading", name="北京市统一身份认证平台", exact=True)
        self.message = InfoBox(page).message
        self.portal_link = page.get_by_role("link", name="返回北京市政务服务网", exact=True)

    def open(self, idp_url: str) -> LoggedOutPage:
        """The platform's own 退出 (no portal asked for it): this page."""
        self.page.goto(f"{idp_url}/renzheng/open/logout")
        return self.wait_until_ready()

    def go_to_portal(self) -> home.HomePage:
        """点击【返回北京市政务服务网】."""
        return click_through(self.portal_link, home.HomePage)
