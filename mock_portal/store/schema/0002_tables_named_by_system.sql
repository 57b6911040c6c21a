-- Version 2: each table's name says whose it is. The portal's sessions were `sessions` beside
-- the identity platform's `idp_sessions`; the SMS gateway's messages were `sms`.

ALTER TABLE sessions RENAME TO portal_sessions;
DROP INDEX sessions_by_person;
CREATE INDEX portal_sessions_by_person ON portal_sessions (person_id) WHERE ended_at IS NULL;

ALTER TABLE sms RENAME TO outbox;
DROP INDEX sms_by_phone;
CREATE INDEX outbox_by_phone ON outbox (phone, id);
