-- The day a care leaver's health summary was given to the young person (issue 24): recording it clears
-- the turning-18 alert, which says the summary is due.
ALTER TABLE child ADD COLUMN care_leaver_summary_given DATE;
