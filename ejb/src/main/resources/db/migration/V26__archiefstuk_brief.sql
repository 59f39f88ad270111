-- What the archived letter says about itself (issue 31): its Betreft and its date, read from the document's snapshot
-- when it is signed, for the archive page and the MDTO export. Absent for records from before.
ALTER TABLE archiefstuk ADD COLUMN betreft VARCHAR(300);
ALTER TABLE archiefstuk ADD COLUMN briefdatum DATE;
