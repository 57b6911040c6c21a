"""Schema version 4 (0004_sms_gateway.sql): a version-3 file's messages were all sent."""

from __future__ import annotations

from datetime import datetime

from mock_portal.store import migrate, transaction

from .schema_files import file_at_version

SENT_AT = "2022-06-11T09:20:00+08:00"
ROWS_AT_VERSION_3 = f"""
INSERT INTO outbox (id, phone, text, sent_at) VALUES
    (1, '13800138000', '【北京市政务服务网】您申请的办件已提交。', '{SENT_AT}');
"""


def test_version_4_keeps_every_earlier_message_as_sent_and_nothing_to_resend(tmp_path):
    path = str(tmp_path / "portal.db")
    file_at_version(path, 3, ROWS_AT_VERSION_3)

    had = migrate(path)

    with transaction(path) as store:
        assert had == 3
        assert store.outbox.messages("13800138000") == [
            {"phone": "13800138000", "text": "【北京市政务服务网】您申请的办件已提交。",
             "sent_at": SENT_AT, "state": "已发送"}]
        assert store.outbox.unsent() == []
        assert store.outbox.due(datetime.fromisoformat("2030-01-01T00:00:00+08:00")) == []
