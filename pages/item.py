"""北京市政务服务网 item pages: 办事指南 and the district/office chooser of 在线办理 (第2–3步)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from . import declaration, header, identity, steps
from .components import DefinitionList, ErrorBox, InfoBox, Screen, click_through


class ItemGuidePage(Screen):
    """办事指南: who may apply, conditions, the 用户须知 rules and where to apply."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="办事指南", exact=True, level=2)
        self.item_name = page.get_by_role("heading", level=1)
        self.facts = DefinitionList(page)
        self.notice_rules = page.get_by_role("list").get_by_role("listitem")
        self.online_service_link = page.get_by_role("link", name="在线办理", exact=True)

    def open(self) -> ItemGuidePage:
        self.page.goto("/item/guide")
        return self.wait_until_ready()

    def fact(self, term: str) -> Locator:
        """The value of one line of the guide, e.g. fact("办理时限")."""
        return self.facts.value(term)

    def apply_online(self) -> OfficeChooserPage:
        """点击【在线办理】 at the end of the guide."""
        return click_through(self.online_service_link, OfficeChooserPage)


class OfficeChooserPage(Screen):
    """在线办理: choose the 区 (and optionally the 街道/乡镇), then an office (办理地点) row."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="北京市社会保险网上服务平台", exact=True)
        self.item_name = page.get_by_text("事项名称：")
        self.choose_area_heading = page.get_by_role("heading", name="请选择区域", exact=True)
        self.prompt = InfoBox(page).message
        self.error = ErrorBox(page).message

        self.districts = page.get_by_role("navigation", name="区", exact=True)
        self.district_links = self.districts.get_by_role("link")
        self.chosen_district = self.districts.locator('[aria-current="true"]')

        self.streets = page.get_by_role("navigation", name="街道/乡镇", exact=True)
        self.street_links = self.streets.get_by_role("link")
        self.chosen_street = self.streets.locator('[aria-current="true"]')
        self.no_streets = self.streets.get_by_text("（本区域无街道/乡镇可选）")

        self.offices = page.get_by_role("table", name="办理地点")
        self.office_columns = self.offices.get_by_role("columnheader")
        self.office_rows = self.offices.get_by_role("row").filter(has=page.get_by_role("cell"))
        self.office_titles = self.offices.get_by_role("rowheader")

    def open(self) -> OfficeChooserPage:
        self.page.goto("/item/apply")
        return self.wait_until_ready()

    @steps.step("选择参保所在区")
    def choose_district(self, district: str) -> OfficeChooserPage:
        """Click a 区 (as the chooser writes it, e.g. 海淀区 or 副中心(通州区))."""
        link = self.districts.get_by_role("link", name=district, exact=True)
        return click_through(link, OfficeChooserPage)

    @steps.step("选择街道/乡镇")
    def choose_street(self, street: str) -> OfficeChooserPage:
        """Click a 街道/乡镇 (as the chooser writes it, e.g. 海淀区学院路街道)."""
        link = self.streets.get_by_role("link", name=street, exact=True)
        return click_through(link, OfficeChooserPage)

    def office(self, office: str | None = None) -> Locator:
        """An office row by (part of) its name; the first row when no name is given."""
        if office is None:
            return self.office_rows.first
        return self.office_rows.filter(has_text=office)

    def location_button(self, office: str | None = None) -> Locator:
        return self.office(office).get_by_role("button", name="查看位置")

    def location(self, office: str | None = None) -> Locator:
        """The address box that 查看位置 opens under an office's name."""
        return self.office(office).get_by_role("region")

    def show_location(self, office: str | None = None) -> OfficeChooserPage:
        """点击【查看位置】: the address opens under the office's name (click again to close)."""
        self.location_button(office).click()
        return self

    hide_location = show_location

    def open_office_guide(self, office: str | None = None) -> ItemGuidePage:
        """点击 an office's 【办事指南】."""
        link = self.office(office).get_by_role("link", name="办事指南", exact=True)
        return click_through(link, ItemGuidePage)

    @steps.step("在办理地点后点击【在线办理】")
    def apply_online(self, office: str | None = None) -> declaration.NoticePage:
        """点击 an office's 【在线办理】 when logged in: straight to 用户须知."""
        return click_through(self._apply_link(office), declaration.NoticePage)

    @steps.step("在办理地点后点击【在线办理】")
    def apply_online_expecting_login(self, office: str | None = None
                                     ) -> identity.IdentityLoginPage:
        """点击 an office's 【在线办理】 when not logged in: to 北京市统一身份认证平台 (第4步)."""
        return click_through(self._apply_link(office), identity.IdentityLoginPage)

    def apply_online_expecting_unavailable(self, office: str | None = None
                                           ) -> identity.IdentityUnavailablePage:
        """点击 an office's 【在线办理】 when not logged in and the platform is down: the portal's
        登录暂不可用 page."""
        return click_through(self._apply_link(office), identity.IdentityUnavailablePage)

    def _apply_link(self, office: str | None) -> Locator:
        return self.office(office).get_by_role("link", name="在线办理", exact=True)
