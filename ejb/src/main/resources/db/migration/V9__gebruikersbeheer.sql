-- User administration (issue 13): the last verified sign-in, and a temporary password that must be changed at the
-- next sign-in (set by an administrator).
ALTER TABLE gebruiker ADD COLUMN laatst_aangemeld TIMESTAMP WITH TIME ZONE;
ALTER TABLE gebruiker ADD COLUMN wachtwoord_tijdelijk BOOLEAN DEFAULT FALSE NOT NULL;
