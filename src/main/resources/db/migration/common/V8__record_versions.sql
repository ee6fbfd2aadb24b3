-- Every record a person edits carries a counter, as children and assessments already do, so that on a
-- shared server a save over a copy another desk changed since it was read is refused, not lost. An
-- escalation's counter counts its steps' changes too: the steps are only ever changed through it.
ALTER TABLE episode ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE escalation ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE payment ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE team_member ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
