-- The validation result kept with each archive record (issue 15; Archiefregeling art. 24c): EU DSS's indication and
-- sub-indication at archiving, when it was validated, and the signer's certificate (PEM). Records from before have none.
ALTER TABLE archiefstuk ADD COLUMN validatie_indicatie VARCHAR(40);
ALTER TABLE archiefstuk ADD COLUMN validatie_subindicatie VARCHAR(60);
ALTER TABLE archiefstuk ADD COLUMN gevalideerd_op TIMESTAMP WITH TIME ZONE;
ALTER TABLE archiefstuk ADD COLUMN certificaat VARCHAR(8000);
