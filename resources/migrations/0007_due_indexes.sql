-- Schema version 7: indexes for the Due page (待办事项), which reads every audit's schedule
-- and the open nonconformities on each start. No table changes.

-- Every column a window needs: the Due page reads the audits from this index alone,
-- without the audit rows (their controls and notes are most of the table).
CREATE INDEX audits_schedule ON audits (programme_id, status, kind, planned_start, planned_end, actual_start, actual_end);
