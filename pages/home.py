"""首都之窗: the home page and its search results (第1步)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from . import header, item, steps
from .components import ErrorBox, InfoBox, Screen, click_through

#: The service this product is about, as the portal names it.
ITEM_NAME = "灵活就业人员社会保险缴费申报与变更"


class _SearchBox:
    """The search form of 首都之窗 (on the home page and above the results)."""

    def __init__(self, page: Page) -> None:
        form = page.get_by_role("search")
        self.field = form.get_by_role("searchbox", name="搜索")
        self.button = form.get_by_role("button", name="搜索")


class HomePage(Screen):
    """首都之窗: the home page with its search box."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="首都之窗", exact=True, level=1)
        self.search_box = _SearchBox(page)
        self.search_field = self.search_box.field
        self.hot_services = page.get_by_text("热门服务：")

    @steps.step("打开首都之窗")
    def open(self) -> HomePage:
        self.page.goto("/")
        return self.wait_until_ready()

    @steps.step("在搜索框输入事项名称")
    def enter_search(self, words: str) -> HomePage:
        """Type words into the search box."""
        self.search_box.field.fill(words)
        return self

    @steps.step("点击【搜索】")
    def search(self) -> SearchResultsPage:
        """Press 搜索."""
        return click_through(self.search_box.button, SearchResultsPage)

    def search_for(self, words: str) -> SearchResultsPage:
        """Type words into the search box and press 搜索."""
        return self.enter_search(words).search()

    def open_hot_service(self, name: str = ITEM_NAME) -> SearchResultsPage:
        """Click a service under 热门服务."""
        link = self.hot_services.get_by_role("link", name=name, exact=True)
        return click_through(link, SearchResultsPage)


class SearchResultsPage(Screen):
    """搜索结果: the items found for the words searched."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.header = header.Header(page)
        self.heading = page.get_by_role("heading", name="搜索结果", exact=True, level=1)
        self.search_box = _SearchBox(page)
        self.search_field = self.search_box.field
        # 共找到N条相关事项, or 未找到与“…”相关的结果 when nothing matched.
        self.summary = InfoBox(page).message
        self.error = ErrorBox(page).message
        self.results = page.get_by_role("list", name="搜索结果列表").get_by_role("listitem")

    def result(self, name: str = ITEM_NAME) -> Locator:
        """The result row of an item (its name is shown in 【】)."""
        return self.results.filter(has_text=f"【{name}】")

    def search_for(self, words: str) -> SearchResultsPage:
        """Search again from the results page."""
        self.search_box.field.fill(words)
        return click_through(self.search_box.button, SearchResultsPage)

    @steps.step("在事项后点击【在线办理】")
    def open_online_service(self, name: str = ITEM_NAME) -> item.OfficeChooserPage:
        """在【事项】后点击【在线办理】 (第2步)."""
        link = self.result(name).get_by_role("link", name="【在线办理】")
        return click_through(link, item.OfficeChooserPage)

    def open_guide(self, name: str = ITEM_NAME) -> item.ItemGuidePage:
        """Click 【办事指南】 after the item."""
        link = self.result(name).get_by_role("link", name="【办事指南】")
        return click_through(link, item.ItemGuidePage)
