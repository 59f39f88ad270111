-- Issue 31: a signed year can be corrected, never silently. BZK opens a replacement dossier for a signed one, with a
-- reason; it goes the same route. A year's dossiers are numbered (the current one has the highest number), and one
-- dossier is replaced at most once. The signed set's archive records are kept per document type on the dossier, so the
-- replacement's records can name the records they replace (archiefstuk.vervangt_id, immutable like the rest).
ALTER TABLE briefdossier ADD COLUMN volgnummer INTEGER NOT NULL DEFAULT 1;
ALTER TABLE briefdossier DROP CONSTRAINT briefdossier_jaar_uniek;
ALTER TABLE briefdossier ADD CONSTRAINT briefdossier_jaar_volgnummer_uniek UNIQUE (jaar, volgnummer);
ALTER TABLE briefdossier ADD COLUMN vervangt_id BIGINT REFERENCES briefdossier (id);
ALTER TABLE briefdossier ADD COLUMN vervangingsreden VARCHAR(1000);
ALTER TABLE briefdossier ADD CONSTRAINT briefdossier_vervangt_uniek UNIQUE (vervangt_id);

CREATE TABLE dossier_archiefstuk (
    dossier_id     BIGINT      NOT NULL REFERENCES briefdossier (id),
    soort          VARCHAR(30) NOT NULL,
    archiefstuk_id BIGINT      NOT NULL REFERENCES archiefstuk (id),
    PRIMARY KEY (dossier_id, soort)
);

ALTER TABLE archiefstuk ADD COLUMN vervangt_id BIGINT REFERENCES archiefstuk (id);
