-- How letters name organisations (issue 14): an abbreviation where one is used and the article where the name takes
-- one, for units and sectors; sectors that are one organisation are named as a whole when growth is explained.
ALTER TABLE organisatieonderdeel ADD COLUMN afkorting VARCHAR(30);
ALTER TABLE organisatieonderdeel ADD COLUMN lidwoord VARCHAR(3);
ALTER TABLE organisatieonderdeel ADD CONSTRAINT organisatieonderdeel_lidwoord CHECK (lidwoord IN ('de', 'het'));
ALTER TABLE sector ADD COLUMN afkorting VARCHAR(30);
ALTER TABLE sector ADD COLUMN lidwoord VARCHAR(3);
ALTER TABLE sector ADD COLUMN een_organisatie BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sector ADD CONSTRAINT sector_lidwoord CHECK (lidwoord IN ('de', 'het'));

UPDATE sector SET lidwoord = 'de', een_organisatie = TRUE WHERE code IN ('POLITIE', 'RECHTSPRAAK');
UPDATE sector SET afkorting = 'DJI', een_organisatie = TRUE WHERE code = 'DJI';
UPDATE sector SET een_organisatie = TRUE WHERE code = 'DEFENSIE';

-- The names as the Kamerbrief writes them (seed: kamerbrief-stand-spreiding-2025).
UPDATE organisatieonderdeel SET afkorting = 'CJIB', lidwoord = 'het' WHERE code = 'CJIB';
UPDATE organisatieonderdeel SET afkorting = 'COA', lidwoord = 'het' WHERE code = 'COA';
UPDATE organisatieonderdeel SET afkorting = 'UWV', lidwoord = 'het' WHERE code = 'UWV';
UPDATE organisatieonderdeel SET afkorting = 'SVB', lidwoord = 'de' WHERE code = 'SVB';
UPDATE organisatieonderdeel SET afkorting = 'IND', lidwoord = 'de' WHERE code = 'IND';
UPDATE organisatieonderdeel SET afkorting = 'RWS' WHERE code = 'RWS';
UPDATE organisatieonderdeel SET afkorting = 'RVB', lidwoord = 'het' WHERE code = 'RVB';
UPDATE organisatieonderdeel SET afkorting = 'NCG', lidwoord = 'de' WHERE code = 'NCG';
UPDATE organisatieonderdeel SET afkorting = 'RVO' WHERE code = 'RVO';
UPDATE organisatieonderdeel SET lidwoord = 'de' WHERE code IN ('BD', 'DOUANE', 'POLITIE', 'RECHTSPRAAK');
UPDATE organisatieonderdeel SET naam = 'Toeslagen' WHERE code = 'TSL';
UPDATE organisatieonderdeel SET afkorting = 'ILT', lidwoord = 'de' WHERE code = 'ILT';
UPDATE organisatieonderdeel SET afkorting = 'KNMI', lidwoord = 'het' WHERE code = 'KNMI';
UPDATE organisatieonderdeel SET afkorting = 'DJI' WHERE code = 'DJI';
UPDATE organisatieonderdeel SET afkorting = 'NVWA', lidwoord = 'de' WHERE code = 'NVWA';
UPDATE organisatieonderdeel SET afkorting = 'DUO' WHERE code = 'DUO';
UPDATE organisatieonderdeel SET afkorting = 'KMar', lidwoord = 'de' WHERE code = 'DEF-KMAR';
UPDATE organisatieonderdeel SET afkorting = 'DMO', lidwoord = 'de' WHERE code = 'DEF-DMO';
UPDATE organisatieonderdeel SET afkorting = 'CLAS', lidwoord = 'het' WHERE code = 'DEF-CLAS';
UPDATE organisatieonderdeel SET afkorting = 'CZSK', lidwoord = 'het' WHERE code = 'DEF-CZSK';
UPDATE organisatieonderdeel SET afkorting = 'CLSK', lidwoord = 'het' WHERE code = 'DEF-CLSK';
UPDATE organisatieonderdeel SET lidwoord = 'de' WHERE code = 'DEF-BS';
UPDATE organisatieonderdeel SET naam = 'Centraal Informatiepunt Beroepen Gezondheidszorg', afkorting = 'CIBG', lidwoord = 'het' WHERE code = 'CIBG';
UPDATE organisatieonderdeel SET afkorting = 'RIVM', lidwoord = 'het' WHERE code = 'RIVM';
UPDATE organisatieonderdeel SET lidwoord = 'het' WHERE code = 'KADASTER';
UPDATE organisatieonderdeel SET lidwoord = 'het' WHERE code LIKE '%-BD';
