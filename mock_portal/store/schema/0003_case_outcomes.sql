-- Version 3: case outcomes (docs/domain.md §7.1). A case keeps its 办理结果 (通过 / 不予通过) and
-- the reason given with 不予通过 or 不予受理; each history row keeps the same, and for 已撤回 why
-- the case no longer stands.

ALTER TABLE cases ADD COLUMN result TEXT;
ALTER TABLE cases ADD COLUMN reason TEXT;
ALTER TABLE case_events ADD COLUMN result TEXT;
ALTER TABLE case_events ADD COLUMN reason TEXT;
ALTER TABLE case_events ADD COLUMN why TEXT;

-- Before version 3 every 已办结 was approved, and a case was 已撤回 only when a newer declaration
-- of the same year replaced it.
UPDATE cases SET result = '通过' WHERE status = '已办结';
UPDATE case_events SET result = '通过' WHERE status = '已办结';
UPDATE case_events SET why = '已被同一缴费年度的新申报替代' WHERE status = '已撤回';
