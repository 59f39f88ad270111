-- Four-eyes on templates (issue 30, finding 2): who activated a template version; NULL for the shipped defaults and
-- for versions activated before this rule.
ALTER TABLE documentsjabloon ADD COLUMN geactiveerd_door VARCHAR(100);
