-- The prognosis horizon per round (issue 14): how many years after the peildatum the ministries forecast. Rounds
-- from before this version asked for five; the storage holds at most five years (prognose_1..prognose_5).
ALTER TABLE ronde ADD COLUMN prognosejaren INT DEFAULT 5 NOT NULL;
ALTER TABLE ronde ADD CONSTRAINT ronde_prognosejaren CHECK (prognosejaren BETWEEN 1 AND 5);
-- Lines of a round with a shorter horizon leave the later years empty.
ALTER TABLE aanlevering_regel ALTER COLUMN prognose_2 DROP NOT NULL;
ALTER TABLE aanlevering_regel ALTER COLUMN prognose_3 DROP NOT NULL;
ALTER TABLE aanlevering_regel ALTER COLUMN prognose_4 DROP NOT NULL;
ALTER TABLE aanlevering_regel ALTER COLUMN prognose_5 DROP NOT NULL;
