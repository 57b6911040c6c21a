"""第1步: searching 首都之窗 for the item — found, not found, empty — once each as the page shows
it; the words that find it or not: tests/app/test_home.py."""

from playwright.sync_api import expect

from pages import ITEM_NAME
from support.expected import SEARCH_FOUND_ONE, SEARCH_NO_WORDS, SEARCH_NOTHING

ITEM_RESULT = "【灵活就业人员社会保险缴费申报与变更】"


def test_the_item_is_found(home):
    results = home.search_for("灵活 就业")

    expect(results.summary).to_have_text(SEARCH_FOUND_ONE)
    expect(results.results).to_have_count(1)
    expect(results.result(ITEM_NAME)).to_contain_text(ITEM_RESULT)
    expect(results.search_field).to_have_value("灵活 就业")


def test_other_words_find_nothing_and_say_so(home):
    results = home.search_for("公积金提取")

    expect(results.summary).to_have_text(SEARCH_NOTHING.format(words="公积金提取"))
    expect(results.results).to_have_count(0)


def test_an_empty_search_asks_for_words(home):
    results = home.search_for("   ")

    expect(results.error).to_have_text(SEARCH_NO_WORDS)
    expect(results.results).to_have_count(0)


def test_searching_again_from_the_results_replaces_them(home):
    results = home.search_for("护照办理")

    results = results.search_for("灵活就业")

    expect(results.summary).to_have_text(SEARCH_FOUND_ONE)


def test_the_hot_service_link_finds_the_item(home):
    results = home.open_hot_service(ITEM_NAME)

    expect(results.result(ITEM_NAME)).to_be_visible()


def test_the_guide_link_opens_the_item_guide_with_the_four_rules(home):
    guide = home.search_for("灵活就业").open_guide(ITEM_NAME)

    expect(guide.fact("事项名称")).to_have_text(ITEM_NAME)
    expect(guide.fact("服务对象")).to_have_text("自然人")
    expect(guide.fact("办理对象")).to_have_text("本事项目前仅支持在本市正常参保的灵活就业人员个人办理。")
    expect(guide.fact("办理时限")).to_have_text("即时办结（预计于申请当日完成办结）")
    expect(guide.notice_rules).to_have_count(4)


def test_the_guide_leads_on_to_online_service(home):
    chooser = home.search_for("灵活就业").open_guide(ITEM_NAME).apply_online()

    expect(chooser.prompt).to_have_text("请选择参保所在区，查看办理地点。")
