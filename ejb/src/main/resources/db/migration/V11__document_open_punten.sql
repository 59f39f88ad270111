-- What a draft still lacks (e.g. the signatory's name); a document with open points cannot be finalised (issue 14).
ALTER TABLE document ADD COLUMN open_punten VARCHAR(1000);
