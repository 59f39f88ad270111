-- Issue 17: the historical series. BZK imports the FTE per unit per province of years before the application was in
-- use as accepted historical rounds: marked as such, with the file they came from, without a prognosis (0 years) and
-- never opened for submissions.

ALTER TABLE ronde ADD COLUMN historisch BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE ronde ADD COLUMN bron VARCHAR(200);
ALTER TABLE ronde ADD COLUMN ingelezen_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE ronde ADD COLUMN ingelezen_door VARCHAR(100);
ALTER TABLE ronde DROP CONSTRAINT ronde_prognosejaren;
ALTER TABLE ronde ADD CONSTRAINT ronde_prognosejaren
    CHECK ((historisch AND prognosejaren = 0 AND status = 'GESLOTEN') OR (NOT historisch AND prognosejaren BETWEEN 1 AND 5));

-- A line of a historical round has no prognosis; a line of a normal round still has one for every year of its horizon
-- (the entity sees to that, as it did for prognose_2..5).
ALTER TABLE aanlevering_regel ALTER COLUMN prognose_1 DROP NOT NULL;
