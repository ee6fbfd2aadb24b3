-- The team's dated table of its area's GP practices and their commissioners (issue 24): a practice's
-- patients are the commissioner's from valid_from until the practice's next line. A child's responsible
-- commissioner on a day is that of the child's practice (child.gp_practice_code) that day.
CREATE TABLE practice_commissioner (
    practice_code     VARCHAR(12) NOT NULL,
    valid_from        DATE        NOT NULL,
    commissioner_code VARCHAR(12) NOT NULL,
    CONSTRAINT practice_commissioner_pk PRIMARY KEY (practice_code, valid_from)
);
