"""首都之窗's home page and search (home blueprint), and what any portal path does: not found, without
test mode, with the identity platform down."""

from __future__ import annotations

import pytest

from support.expected import SEARCH_FOUND_ONE, SEARCH_NOTHING
from support.html import alert_of, text_of

# 第1步 首都之窗: home and search -----------------------------------------------------------------------


def test_home_page_offers_the_search_box_and_the_item(client):
    page = client.get("/")

    assert page.status_code == 200
    assert "<title>首都之窗_北京市人民政府门户网站</title>" in page.text
    assert 'action="/search"' in page.text
    assert "热门服务：灵活就业人员社会保险缴费申报与变更" in text_of(page)


@pytest.mark.parametrize(
    "query",
    ["灵活就业人员社会保险缴费申报与变更", "灵活就业", "社保缴费", "缴费基数", " 缴费 申报 ",
     "灵活 就业"],
    ids=["full-name", "keyword", "other-keyword", "third-keyword", "keyword-with-spaces",
         "a-space-inside"],
)
def test_search_finds_the_item_with_its_guide_and_apply_links(client, query):
    page = client.get("/search", query_string={"q": query})

    body = page.text
    assert page.status_code == 200
    assert SEARCH_FOUND_ONE in text_of(page)
    assert "【灵活就业人员社会保险缴费申报与变更】" in text_of(page)
    assert '<a href="/item/guide">【办事指南】</a>' in body
    assert '<a href="/item/apply">【在线办理】</a>' in body


@pytest.mark.parametrize("query", ["护照办理", "公积金提取"], ids=["passport", "housing-fund"])
def test_search_for_another_subject_finds_nothing(client, query):
    page = client.get("/search", query_string={"q": query})

    assert SEARCH_NOTHING.format(words=query) in text_of(page)
    assert "【在线办理】" not in text_of(page)


def test_search_words_are_shown_escaped(client):
    page = client.get("/search", query_string={"q": "<b>护照</b>"})

    assert "未找到与“&lt;b&gt;护照&lt;/b&gt;”相关的结果" in page.text


@pytest.mark.parametrize("query", ["", "   "], ids=["empty", "only-spaces"])
def test_empty_search_asks_for_a_keyword(client, query):
    page = client.get("/search", query_string={"q": query})

    assert alert_of(page) == "请输入搜索关键词"


# any path ----------------------------------------------------------------------------------------


def test_post_to_a_path_that_does_not_exist_is_not_found(client):
    response = client.post("/no-such-page", data={"x": "1"})

    assert response.status_code == 404
    assert alert_of(response) == "您访问的页面不存在或已删除。"


def test_portal_without_test_mode_has_no_outbox_link(production_client):
    page = production_client.get("/")

    assert "短信发件箱" not in text_of(page)


def test_while_down_the_portal_itself_still_works(user, idp_down):
    page = user.open("/")

    assert page.status_code == 200
