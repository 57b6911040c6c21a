-- Version 6: site messages (消息) in 用户空间 (docs/domain.md §7.4). The SMS the gateway sent to a
-- person's phone are their messages, except the identity platform's verification codes, which
-- `verification_code` marks (1); message_reads keeps which messages each person has opened, and when.

ALTER TABLE outbox ADD COLUMN verification_code INTEGER NOT NULL DEFAULT 0;
UPDATE outbox SET verification_code = 1 WHERE text LIKE '【北京通】%（验证码）%';
CREATE TABLE message_reads (
    person_id INTEGER NOT NULL REFERENCES persons(id),
    message_id INTEGER NOT NULL REFERENCES outbox(id),
    read_at TEXT NOT NULL,
    PRIMARY KEY (person_id, message_id)
);
