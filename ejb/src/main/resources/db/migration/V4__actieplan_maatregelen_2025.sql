-- The seven measures of the action plan (motie-Flach/Zeedijk) as in Bijlage 2 of the Kamerbrief
-- "Stand spreiding rijkswerkgelegenheid 2025", with their stand van zaken as reporting period 2025.

INSERT INTO maatregel (code, titel, doelstelling, volgorde) VALUES
('1a', 'Profielen en kernkwaliteiten provincies en regio’s', 'Helder krijgen waar per provincie kansen liggen voor duurzame samenwerkingsrelaties tussen regio’s en rijksdiensten om, als een casus zich voordoet, te kunnen aansluiten bij de ontwikkelprofielen van regio’s.', 1),
('1b', 'Gesprekken met bestuurders in de regio', 'Inzichtelijk krijgen wat bestuurders van belang vinden voor hun regio. Kansen voor rijkswerkgelegenheid signaleren, zodat tijdig geacteerd kan worden als een casus zich voordoet.', 2),
('1c', 'Gesprekken met ministeries', 'Effectueren dat bij locatiekeuzes van ministeries het regiobelang prominenter naar voren komt.', 3),
('1d', 'Database spreiding rijkswerkgelegenheid', 'Hulpmiddel bij het matchen van de huisvestingsbehoefte van ministeries en de rijksvastgoedportefeuille aan regiobelangen door huisvestingsvragen en profielen van provincies aan elkaar te koppelen in een vroeg stadium.', 4),
('2', 'Onderdeel programmatische aanpak ‘Elke regio telt!’', 'Het toewerken naar een betere spreiding van rijkswerkgelegenheid als onderdeel van de bredere aanpak van ‘Elke regio telt!’.', 5),
('3', 'Uitvoering geven aan maatregel 41 uit de kabinetsreactie ‘Nij Begun’', 'Duurzame rijkswerkgelegenheid in de provincie Groningen realiseren.', 6),
('4', 'Landelijk netwerk van rijksontmoetingspleinen', 'Om de presentie van het Rijk in de regio en van de regio in het Rijk te vergroten, wordt een landelijk dekkend netwerk van rijksontmoetingspleinen (voorheen: rijkshubs) ontwikkeld.', 7),
('5', 'Onderzoeken of de rijksontmoetingspleinen balies met een rijksfunctie kunnen herbergen', 'Samen met uitvoeringsorganisaties wordt onderzocht hoe in rijksontmoetingspleinen ruimte kan worden geboden voor een balie waar burgers en ondernemers terecht kunnen.', 8),
('6', 'Presentie van de regio in het Rijk', 'Stimuleren dat meer mensen uit de regio werken bij het Rijk. Zo behouden we talent in de regio.', 9),
('7', 'Rapportage over ontwikkelingen in de spreiding van rijkswerkgelegenheid', 'Inzicht bieden in hoe de rijkswerkgelegenheid zich over Nederland ontwikkelt.', 10);

INSERT INTO maatregel_actie (maatregel_id, positie, tekst)
SELECT m.id, a.positie, a.tekst FROM (VALUES
('1a', 0, 'In het periodiek overleg met provincies wordt gevraagd om een ontwikkelprofiel met koppelkansen met rijksdiensten.'),
('1a', 1, 'In de gesprekken met regionale bestuurders wordt gevraagd om deze profielen aan te leveren, zodat in de toekomst een goede match kan worden gemaakt tussen een regio en rijksdienst indachtig het profiel van de desbetreffende regio.'),
('1b', 0, 'Jaarlijkse gesprekken met commissarissen van de Koning, gedeputeerden, burgemeesters en wethouders over kansen voor rijkswerkgelegenheid.'),
('1c', 0, 'Periodiek overleg met ministeries over organisatieontwikkelingen en de hieruit voortvloeiende groei of afname van rijkswerkgelegenheid in een regio.'),
('1c', 1, 'Overleg met Samenwerking Rijk Noord, een initiatief van 25 samenwerkende rijksorganisaties in het noorden van Nederland.'),
('1c', 2, 'Zowel het verzilveren van kansen die zich voordoen, als het werken met ministeries aan een structurele spreidingsaanpak.'),
('1d', 0, 'Bij keuzes voor de locatie van een rijksdienst krijgen het regiobelang en de meerwaarde van aanwezigheid van een rijksdienst in een regio een zwaarder gewicht.'),
('2', 0, 'Een betere spreiding van rijkswerkgelegenheid is een van de acties in het kader van de langjarige, gebiedsgerichte samenwerking tussen regio’s en het Rijk.'),
('3', 0, 'In de ‘Staat van Groningen’ wordt jaarlijks gerapporteerd over de rijkswerkgelegenheid in de provincie Groningen.'),
('4', 0, 'In de komende jaren uitbouwen van het netwerk van rijksontmoetingspleinen. Het huidige aantal van acht rijksontmoetingspleinen wordt in overleg met de ministeries uitgebreid, ter borging van het gebruik en de financiering van de nog te openen rijksontmoetingspleinen.'),
('5', 0, 'Uitbreiden van het aantal balies voor burgers en ondernemers, die zo op een laagdrempelige manier en op een voor hen logische plek gebruik kunnen maken van de overheidsdienstverlening.'),
('6', 0, 'Uitwerken van maatregelen door de minister van BZK vanuit haar coördinerende rol voor het personeelsbeleid van het Rijk. Dit naast de verantwoordelijkheid van elk ministerie voor het eigen personeelsbeleid.'),
('6', 1, 'Ontwikkelen van een goede informatievoorziening t.b.v. doorstroom op de interne arbeidsmarkt van het Rijk. Inzicht bieden in functies en loopbaanpaden over rijksdiensten heen. De informatie is faciliterend voor medewerkers die hun loopbaan bij het Rijk verder vorm willen geven. Daarnaast is de informatie relevant bij de samenwerking met het onderwijs en biedt zij studenten inzicht in toekomstige carrièremogelijkheden bij het Rijk.'),
('7', 0, 'Jaarlijks wordt de Tweede Kamer geïnformeerd over de stand van de rijkswerkgelegenheid, volgens een vast stramien zoals toegezegd n.a.v. de moties-Van der Molen.')
) AS a (code, positie, tekst) JOIN maatregel m ON m.code = a.code;

INSERT INTO rapportageperiode (naam, peildatum, open) VALUES ('2025', DATE '2025-09-01', TRUE);

INSERT INTO maatregel_stand (maatregel_id, periode_id, label, verantwoordelijke, datum)
SELECT m.id, p.id, s.label, 'BZK, directie Ruimte en Regio', DATE '2025-09-01' FROM (VALUES
('1a', 'LOPEND'), ('1b', 'LOPEND'), ('1c', 'LOPEND'), ('1d', 'LOPEND'), ('2', 'LOPEND'), ('3', 'LOPEND'),
('4', 'LOPEND'), ('5', 'LOPEND'), ('6', 'LOPEND'), ('7', 'GEREED')
) AS s (code, label) JOIN maatregel m ON m.code = s.code JOIN rapportageperiode p ON p.naam = '2025';

INSERT INTO maatregel_stand_punt (stand_id, positie, tekst)
SELECT st.id, t.positie, t.tekst FROM (VALUES
('1a', 0, 'Meerdere provincies, regio’s en gemeenten hebben ontwikkelprofielen met kernkwaliteiten aangedragen. Deze worden gebruikt in het geval een huisvestingsvraag van een ministerie zich voordoet en er wordt gezocht naar een geschikte locatie. (zie ook maatregel 1d)'),
('1b', 0, 'In 2024 zijn gesprekken gevoerd met commissarissen van de Koning, gedeputeerden, burgemeesters en wethouders over kansen voor een betere spreiding. In de gesprekken zijn concrete casussen naar voren gekomen.'),
('1b', 1, 'Middels het Nationaal Programma Vitale Regio’s (NPVR) wordt ingezet op langjarig commitment en samenwerking van het Rijk met regio’s. Samen wordt een langjarige agenda opgesteld voor diverse onderwerpen, ter versterking van de vitaliteit van de regionale economie. In een aantal agenda’s zal aandacht zijn voor de rijkswerkgelegenheid.'),
('1c', 0, 'Met ministeries wordt gesproken over de kansen om hun organisatie beter over het land te spreiden. Bij groei van organisatieonderdelen wordt gematcht met de door regio’s aangeleverde profielen.'),
('1c', 1, 'Interdepartementaal is een leidraad ‘Afwegingen locatiekeuzes rijksoverheid’ vastgesteld om handen en voeten te geven aan het kabinetsbeleid rond spreiding.'),
('1d', 0, 'De database wordt doorontwikkeld tot een dashboard. Het dashboard is naar verwachting vanaf het eerste kwartaal 2026 in gebruik.'),
('2', 0, 'Met het NPVR komt een samenwerking tussen regio’s en het Rijk tot stand die voorziet in maatwerkoplossingen voor specifieke behoeftes en mogelijkheden voor verdere regionale en nationale ontwikkeling. Zowel regio’s als het Rijk spannen zich in om bij knelpunten te kijken naar wat mogelijk is. In meerdere regio’s wordt gekeken naar de meerwaarde van rijksdiensten en koppelkansen met de omgeving.'),
('3', 0, 'In de stad Groningen wordt een rijksontmoetingsplein in een bestaand rijkskantoor gerealiseerd.'),
('4', 0, 'Op dit moment zijn er acht rijksontmoetingspleinen. Eind 2025 wordt in Middelburg het negende rijksontmoetingsplein geopend.'),
('4', 1, 'De nieuwe rijksontmoetingspleinen liggen vrijwel allemaal buiten de Randstad. In 2026 e.v. openen rijksontmoetingspleinen in o.a. Leeuwarden, Zwolle en Arnhem. De rijksontmoetingspleinen worden gerealiseerd in lopende masterplanprojecten, zoals vastgelegd in de masterplannen rijkskantoorhuisvesting 2024 – 2028.'),
('5', 0, 'Onder verantwoordelijkheid van de staatssecretaris van Koninkrijksrelaties en Digitalisering wordt gewerkt aan de inrichting van overheidsbrede dienstverlening. Deze dienstverlening wordt vanaf medio 2025 aangeboden op 25 lokale plekken. Bezien wordt of de rijksontmoetingspleinen een logische plek kunnen zijn in dit netwerk.'),
('6', 0, 'In de aankomende externe werkgeverscampagne wordt gewerkt met portretten van ambtenaren, waarbij aandacht is voor medewerkers in de regio.'),
('6', 1, 'De samenwerking tussen rijksdiensten in Noord-Nederland is een succesvol voorbeeld van interdepartementale samenwerking in de regio. Het gaat daarbij om zowel de samenwerking tussen rijksdiensten onderling, als de samenwerking met het onderwijs en andere partners in de regio. Een blauwdruk wordt ontwikkeld die rijksdiensten in andere regio’s als hulpmiddel kan dienen voor regionale samenwerking.'),
('7', 0, 'Met de Kamerbrief Stand spreiding rijkswerkgelegenheid 2025 – 2029, waarvan dit overzicht een bijlage is, wordt aan de actie invulling gegeven.'),
('7', 1, 'In het kader van de langjarige, gebiedsgerichte samenwerking tussen regio’s en het Rijk, wordt bij meerdere zgn. vitale regio’s aandacht besteed aan de kansen voor en meerwaarde van rijksdiensten in de regio.')
) AS t (code, positie, tekst)
JOIN maatregel m ON m.code = t.code
JOIN maatregel_stand st ON st.maatregel_id = m.id;
