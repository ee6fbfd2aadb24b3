-- Each stored copy carries the number of the refresh that made it, counted in the format row, so that a
-- reader holding the caseload in memory (the caseload of the day) reads again only the copies made since
-- it last looked: children changed at this desk, or by another process on the same database. The counter
-- is kept apart from the copies, so a number is never given twice even when copies are deleted.
ALTER TABLE case_snapshot ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX case_snapshot_by_version ON case_snapshot (version);
ALTER TABLE case_snapshot_format ADD COLUMN last_version BIGINT DEFAULT 0 NOT NULL;
