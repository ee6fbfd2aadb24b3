-- The copies' format row always exists, so that a refresh can lock it (SELECT ... FOR UPDATE): one refresh
-- at a time across every process using the database, not only within one (a shared server, issue 23).
-- Format 0 is no format at all: every copy is made again by the next refresh.
INSERT INTO case_snapshot_format (format) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM case_snapshot_format);
