-- The letter's details on the dossier (issue 31): Betreft, the letter's date and the signatory chosen from the accounts
-- that hold ONDERTEKENAAR; an account's function, printed with its name under the letter.
ALTER TABLE briefdossier ADD COLUMN betreft VARCHAR(300);
ALTER TABLE briefdossier ADD COLUMN briefdatum DATE;
ALTER TABLE briefdossier ADD COLUMN ondertekenaar VARCHAR(100);
ALTER TABLE gebruiker ADD COLUMN functie VARCHAR(200);
