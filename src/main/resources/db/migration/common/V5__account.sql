-- Who may sign in, and with what access (issue 21): a team member with a username and an account. The
-- password is stored nowhere in the database: it opens the member's slot in the key file beside it
-- (decision 0015). An account is never deleted: disabling the team member closes it, and its name stays on
-- what it did.
CREATE TABLE account (
    team_member_id BIGINT PRIMARY KEY,
    access         VARCHAR(16) NOT NULL,
    CONSTRAINT account_member_fk FOREIGN KEY (team_member_id) REFERENCES team_member (id),
    CONSTRAINT account_access_ck CHECK (access IN ('nurse', 'team_lead', 'administrator'))
);
