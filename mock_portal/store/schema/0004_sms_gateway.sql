-- Version 4: the SMS gateway's modes (docs/decisions.md D11). A message is 已发送, 待发送 (a slow
-- gateway sends it at due_at) or 发送失败 (a failing gateway keeps it; it is sent when the gateway
-- is back). queued_at is when the portal handed it over, failed_at when the gateway refused it,
-- sent_at when it was sent (for one not yet sent: when it was handed over). case_number ties a
-- case's message to the case, for its 办理过程.

ALTER TABLE outbox ADD COLUMN state TEXT NOT NULL DEFAULT '已发送';
ALTER TABLE outbox ADD COLUMN queued_at TEXT;
ALTER TABLE outbox ADD COLUMN due_at TEXT;
ALTER TABLE outbox ADD COLUMN failed_at TEXT;
ALTER TABLE outbox ADD COLUMN case_number TEXT;
UPDATE outbox SET queued_at = sent_at;
CREATE INDEX outbox_unsent ON outbox (state, id) WHERE state <> '已发送';
