-- Version 1: the tables of the portal, the identity platform and the SMS outbox.
--
-- IF NOT EXISTS because databases made before the schema had versions (user_version 0) hold
-- these tables already, all of them or the portal's without the identity platform's; this
-- script completes them (see migrations.py).
CREATE TABLE IF NOT EXISTS persons (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    id_number TEXT NOT NULL UNIQUE,
    phone TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL UNIQUE,
    password TEXT NOT NULL,
    status TEXT NOT NULL,
    retirement_track TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    ended_at TEXT
);
CREATE TABLE IF NOT EXISTS drafts (
    person_id INTEGER PRIMARY KEY REFERENCES persons(id),
    office_id TEXT NOT NULL,
    wage TEXT NOT NULL,
    cycle TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS case_counters (
    department_code TEXT NOT NULL,
    day TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (department_code, day)
);
CREATE TABLE IF NOT EXISTS cases (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    submission_key TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    office_id TEXT NOT NULL,
    department_code TEXT NOT NULL,
    day TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    contribution_year INTEGER NOT NULL,
    wage_typed TEXT NOT NULL,
    base_applied TEXT NOT NULL,
    clamp_reason TEXT,
    limits_provisional INTEGER NOT NULL,
    cycle TEXT NOT NULL,
    status TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    next_status TEXT,
    next_at TEXT,
    UNIQUE (department_code, day, sequence)
);
CREATE INDEX IF NOT EXISTS cases_by_person ON cases (person_id, submitted_at);
CREATE INDEX IF NOT EXISTS cases_due ON cases (next_at) WHERE next_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS case_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    status TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS evaluations (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
    score INTEGER NOT NULL,
    comment TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sms (
    id INTEGER PRIMARY KEY,
    phone TEXT NOT NULL,
    text TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sms_by_phone ON sms (phone, id);
CREATE INDEX IF NOT EXISTS sessions_by_person ON sessions (person_id) WHERE ended_at IS NULL;
CREATE TABLE IF NOT EXISTS idp_sessions (
    id TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    ended_at TEXT
);
CREATE INDEX IF NOT EXISTS idp_sessions_by_person ON idp_sessions (person_id)
    WHERE ended_at IS NULL;
CREATE TABLE IF NOT EXISTS sms_codes (
    id INTEGER PRIMARY KEY,
    phone TEXT NOT NULL,
    purpose TEXT NOT NULL,
    code TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    used_at TEXT
);
CREATE INDEX IF NOT EXISTS sms_codes_by_phone ON sms_codes (phone, purpose, id);
CREATE TABLE IF NOT EXISTS login_failures (
    person_id INTEGER PRIMARY KEY REFERENCES persons(id),
    failures INTEGER NOT NULL,
    locked_until TEXT,
    last_failure_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS auth_codes (
    code TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    expires_at TEXT NOT NULL,
    used_at TEXT
);
