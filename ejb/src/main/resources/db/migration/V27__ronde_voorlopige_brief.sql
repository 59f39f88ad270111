-- Issue 31: a letter, set or preview about a provisional year only after a BZK coordinator recorded an exception with a
-- reason; someone else then makes it (four eyes), and every page of every document says VOORLOPIG. Kept on the round
-- and audited (VOORLOPIGE_BRIEF_TOEGESTAAN).
ALTER TABLE ronde ADD COLUMN voorlopige_brief_door VARCHAR(100);
ALTER TABLE ronde ADD COLUMN voorlopige_brief_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE ronde ADD COLUMN voorlopige_brief_reden VARCHAR(1000);
