-- The audit trail records access as well as change (issue 21): a child's record opened, an export written
-- (what, by whom, where), a sign-in. Such an entry changes nothing, so it is kept out of a child's change
-- history, and sealed like every other entry.
ALTER TABLE audit_log DROP CONSTRAINT audit_action_ck;
ALTER TABLE audit_log ADD CONSTRAINT audit_action_ck CHECK (action IN ('insert', 'update', 'delete', 'access'));
