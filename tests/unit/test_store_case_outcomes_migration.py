"""Schema version 3 (0003_case_outcomes.sql): a version-2 file's cases keep their meaning."""

from __future__ import annotations

from mock_portal.store import migrate, transaction

from .schema_files import file_at_version

#: A version-2 file's rows: one case replaced by a newer declaration, the newer one completed.
ROWS_AT_VERSION_2 = """
INSERT INTO persons VALUES (1, '张三', '110108199001011234', '13800138000', 'zhangsan', 'x',
    'normal', 'M60', '2022-06-01T09:00:00+08:00');
INSERT INTO cases (id, number, submission_key, person_id, office_id, department_code, day,
    sequence, contribution_year, wage_typed, base_applied, clamp_reason, limits_provisional,
    cycle, status, submitted_at, next_status, next_at) VALUES
    (1, 'A0001', 'k1', 1, '110108-00', 'D', '2022-06-11', 1, 2021, '8000', '8000', NULL, 0,
     '按月缴费', '已撤回', '2022-06-11T09:20:00+08:00', NULL, NULL),
    (2, 'A0002', 'k2', 1, '110108-00', 'D', '2022-06-11', 2, 2021, '9000', '9000', NULL, 0,
     '按月缴费', '已办结', '2022-06-11T09:25:00+08:00', NULL, NULL);
INSERT INTO case_events (id, case_id, status, at) VALUES
    (1, 1, '已提交', '2022-06-11T09:20:00+08:00'),
    (2, 1, '已撤回', '2022-06-11T09:25:00+08:00'),
    (3, 2, '已提交', '2022-06-11T09:25:00+08:00'),
    (4, 2, '已受理', '2022-06-11T09:30:00+08:00'),
    (5, 2, '已办结', '2022-06-11T09:55:00+08:00');
"""


def test_version_3_approves_every_completed_case_and_says_why_a_case_was_withdrawn(tmp_path):
    path = str(tmp_path / "portal.db")
    file_at_version(path, 2, ROWS_AT_VERSION_2)

    had = migrate(path)

    with transaction(path) as store:
        assert had == 2
        assert [(c["number"], c["status"], c["result"], c["reason"])
                for c in store.portal.cases_of(1)] == [
            ("A0002", "已办结", "通过", None), ("A0001", "已撤回", None, None)]
        assert store.portal.case_events(1) == [
            {"status": "已提交", "at": "2022-06-11T09:20:00+08:00", "result": None,
             "reason": None, "why": None},
            {"status": "已撤回", "at": "2022-06-11T09:25:00+08:00", "result": None,
             "reason": None, "why": "已被同一缴费年度的新申报替代"}]
        assert [e["result"] for e in store.portal.case_events(2)] == [None, None, "通过"]
