-- Version 5: payments (docs/domain.md §2.10). A deduction is what the tax authority took for one
-- month of a person's ledger (amount in 元 as exact decimal text; '0' a failed deduction; several
-- for a month add up). A payment event is a change of the person's paying: 中断缴费 (judged when a
-- month ended), 恢复缴费 (an application, with its 办件单号) or 暂停缴费; month is the month it
-- takes effect ("2026-07").

CREATE TABLE deductions (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    month TEXT NOT NULL,
    amount TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX deductions_by_person ON deductions (person_id, month);

CREATE TABLE payment_events (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    kind TEXT NOT NULL,
    month TEXT NOT NULL,
    at TEXT NOT NULL,
    number TEXT UNIQUE
);
CREATE INDEX payment_events_by_person ON payment_events (person_id, id);
