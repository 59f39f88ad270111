-- Security hardening (issue 12).

-- Every session and cached API login carries a fingerprint of the password hash and this generation; raising it
-- (or changing the password, or deactivating the account) ends them all at the next request.
ALTER TABLE gebruiker ADD COLUMN sessie_generatie INTEGER DEFAULT 0 NOT NULL;

-- The internal run-as identity of start-up tasks has a space in its name; no login name may have one.
ALTER TABLE gebruiker ADD CONSTRAINT gebruikersnaam_zonder_spatie CHECK (gebruikersnaam NOT LIKE '% %');

-- Failed sign-ins per login name and per client address, for throttling (exponential back-off). A login name that
-- does not exist is counted exactly like one that does, so the throttle reveals nothing about accounts.
CREATE TABLE aanmeldpoging (
    sleutel         VARCHAR(200) PRIMARY KEY,
    mislukt         INTEGER      NOT NULL,
    laatste         TIMESTAMP WITH TIME ZONE NOT NULL,
    geblokkeerd_tot TIMESTAMP WITH TIME ZONE
);

-- "Same template + same snapshot = same document" as a constraint, so concurrent requests cannot store two.
CREATE UNIQUE INDEX document_sjabloon_momentopname_uniek ON document (sjabloon_id, momentopname_sha256);
