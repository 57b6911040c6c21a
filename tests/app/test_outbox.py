"""The SMS outbox page (outbox blueprint, test mode only)."""

from __future__ import annotations

import pytest

from support.expected import GUIDE_DAY, ITEM
from support.html import list_items, text_of

#: The seeded-defect areas these tests are about (scripts/mutation.py runs them first).
pytestmark = [pytest.mark.sms]

# 短信发件箱 ---------------------------------------------------------------------------------------


def test_outbox_lists_every_message_newest_first(client, make_user, clock):
    clock.freeze(GUIDE_DAY)
    first, first_person = make_user()
    second, second_person = make_user()
    first_number = first.declare(office_id="110108-00")
    second_number = second.declare(office_id="110101-00")

    page = client.get("/__outbox/")

    assert list_items(page, r'<ul aria-label="短信列表"[^>]*>') == [
        f"{second_person.phone} · 2022-06-11 09:30:00"
        f"【北京市政务服务网】您申请的“{ITEM}”（办件单号：{second_number}）已提交，"
        "预计于今日完成办结，请耐心等待。",
        f"{first_person.phone} · 2022-06-11 09:30:00"
        f"【北京市政务服务网】您申请的“{ITEM}”（办件单号：{first_number}）已提交，"
        "预计于今日完成办结，请耐心等待。",
    ]


def test_outbox_filtered_by_phone_shows_only_that_phone(client, make_user):
    first, first_person = make_user()
    second, second_person = make_user()
    first.declare()
    second.declare()

    page = client.get("/__outbox/", query_string={"phone": first_person.phone})

    messages = list_items(page, r'<ul aria-label="短信列表"[^>]*>')
    assert len(messages) == 1
    assert messages[0].startswith(first_person.phone + " · ")
    assert second_person.phone not in text_of(page)
    assert '<a href="/__outbox/">全部短信</a>' in page.text


def test_outbox_for_a_phone_without_messages_says_so(client):
    page = client.get("/__outbox/", query_string={"phone": "13700000000"})

    assert "暂无短信" in text_of(page)
