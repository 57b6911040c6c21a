"""Schema version 6 (0006_message_reads.sql): a version-5 file's verification codes are marked,
so they never become site messages; its other messages are there, unread."""

from __future__ import annotations

from mock_portal.domain.messages import SENT, received
from mock_portal.store import migrate, transaction

from .schema_files import file_at_version

SENT_AT = "2022-06-11T09:20:00+08:00"
NOTICE = "【北京市政务服务网】您申请的办件已提交。"
ROWS_AT_VERSION_5 = f"""
INSERT INTO outbox (id, phone, text, sent_at) VALUES
    (1, '13800138000', '【北京通】123456（验证码），5分钟内有效，请勿转发。', '{SENT_AT}'),
    (2, '13800138000', '{NOTICE}', '{SENT_AT}');
"""


def test_version_6_keeps_earlier_notices_as_received_and_leaves_codes_out(tmp_path):
    path = str(tmp_path / "portal.db")
    file_at_version(path, 5, ROWS_AT_VERSION_5)

    had = migrate(path)

    with transaction(path) as store:
        assert had == 5
        rows = store.outbox.to_phone("13800138000")
    assert [(row["id"], row["state"], bool(row["verification_code"])) for row in rows] == [
        (2, SENT, False), (1, SENT, True)]
    assert [row["id"] for row in rows if received(row)] == [2]
