package nl.bzk.spreiding.archive.service;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.bzk.spreiding.archive.entity.Archiefstuk;
import nl.bzk.spreiding.archive.entity.Archiefvernieuwing;
import nl.bzk.spreiding.archive.entity.Bewaartermijn;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Xml;

/**
 * Writes MDTO 1.0.1 sidecar files (namespace https://www.nationaalarchief.nl/mdto) in the element order of the schema:
 * an informatieobject for an archive record (aggregatieniveau Archiefstuk) and for the dossier of a year, and a bestand
 * for a PDF. Where the schema wants a begrip, the label and code come from the MDTO concept lists (aggregatieniveau,
 * eventtype, waardering, beperking gebruik, checksum algorithm) or from PRONOM for the file format.
 */
final class MdtoSchrijver {

    static final String MDTO = "https://www.nationaalarchief.nl/mdto";
    static final String BRON = "Spreiding rijkswerkgelegenheid (BZK)";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** Who and what around a record that the record itself does not hold. */
    record Context(
            String archiefvormer,
            String dossierNaam,
            String dossierKenmerk,
            String bestandsnaam,
            String gemaaktDoor,
            OffsetDateTime gemaaktOp,
            String validatie,
            OffsetDateTime gevalideerdOp,
            List<Archiefvernieuwing> vernieuwingen,
            List<Routeevent> route,
            List<Relatie> relaties) {}

    /**
     * A record related to this one: "Vervangt" (the record of the set a replacement replaces) or "Is vervangen door"
     * (issue 31), labels of the MDTO list of relation types (dcterms:replaces, dcterms:isReplacedBy).
     */
    record Relatie(String type, String naam, String kenmerk) {}

    /** A step of the letter set's approval route (parafering), written as an MDTO event. */
    record Routeevent(String type, OffsetDateTime op, String door, String resultaat) {}

    private MdtoSchrijver() {}

    static byte[] informatieobject(Archiefstuk a, String soortNaam, Context c) {
        return schrijf(w -> {
            w.writeStartElement("informatieobject");
            identificatie(w, "identificatie", kenmerk(a), BRON);
            if (a.getKenmerk() != null && !a.getKenmerk().isBlank()) {
                identificatie(w, "identificatie", a.getKenmerk(), "Kenmerk Ministerie van BZK");
            }
            tekst(w, "naam", a.getTitel());
            begrip(w, "aggregatieniveau", "Archiefstuk", null, "Begrippenlijst Aggregatieniveaus MDTO");
            begrip(w, "classificatie", soortNaam, a.getSoort(), "Documentsoorten Spreiding rijkswerkgelegenheid");
            tekst(w, "trefwoord", "spreiding rijkswerkgelegenheid");
            if (a.getKamerstuk() != null && !a.getKamerstuk().isBlank()) {
                tekst(w, "trefwoord", "Kamerstuk " + a.getKamerstuk());
            }
            if (a.getVergaderjaar() != null && !a.getVergaderjaar().isBlank()) {
                tekst(w, "trefwoord", "vergaderjaar " + a.getVergaderjaar());
            }
            // The letter's own Betreft and date (issue 31) first, where a reader of the record looks for them.
            String brief = (a.getBetreft() == null ? "" : "Betreft: " + a.getBetreft() + ". ")
                    + (a.getBriefdatum() == null
                            ? ""
                            : "Datum van de brief: " + Nederlands.datum(a.getBriefdatum()) + ". ");
            tekst(
                    w,
                    "omschrijving",
                    brief + "Gemaakt uit sjabloon " + a.getSoort() + " versie " + a.getSjabloonVersie()
                            + " en de momentopname met SHA-256 " + a.getMomentopnameSha256()
                            + "; cijfers per 1 januari " + a.getJaar() + ".");
            w.writeStartElement("dekkingInTijd");
            begrip(w, "dekkingInTijdType", "Peildatum cijfers", null, "Dekking in tijd Spreiding rijkswerkgelegenheid");
            tekst(w, "dekkingInTijdBegindatum", String.valueOf(a.getJaar()));
            w.writeEndElement();
            tekst(w, "taal", "nl");
            event(w, "Creatie", c.gemaaktOp(), c.gemaaktDoor(), "Concept gemaakt");
            for (Routeevent r : c.route()) {
                event(w, r.type(), r.op(), r.door(), r.resultaat());
            }
            event(
                    w,
                    "Accordering",
                    a.getOndertekendOp(),
                    a.getOndertekendDoor(),
                    "Vastgesteld en ondertekend (" + a.getNiveau() + ", certificaat " + a.getOndertekenaar() + ")");
            for (var v : c.vernieuwingen()) {
                event(
                        w,
                        "Vernieuwing tijdstempel",
                        v.getVernieuwdOp(),
                        BRON,
                        "Documenttijdstempel " + v.getVolgnummer() + " toegevoegd (" + v.getReden() + "); niveau "
                                + v.getNiveau());
            }
            if (c.validatie() != null) {
                event(w, "Validatie Handtekening", c.gevalideerdOp(), BRON, c.validatie());
            }
            Bewaartermijn b = Bewaartermijn.uitTekst(a.getBewaartermijn());
            begrip(w, "waardering", b.label(), b.waardering(), "Begrippenlijst Waarderingen MDTO");
            if (b.looptijd() != null) {
                w.writeStartElement("bewaartermijn");
                begrip(w, "termijnTriggerStartLooptijd", "Accordering", null, "Begrippenlijst EventTypeLijst MDTO");
                LocalDate start = a.getOndertekendOp().toLocalDate();
                tekst(w, "termijnStartdatumLooptijd", start.toString());
                tekst(w, "termijnLooptijd", b.looptijd().toString());
                tekst(w, "termijnEinddatum", start.plus(b.looptijd()).toString());
                w.writeEndElement();
            }
            verwijzing(w, "isOnderdeelVan", c.dossierNaam(), c.dossierKenmerk());
            verwijzing(w, "heeftRepresentatie", c.bestandsnaam(), kenmerk(a) + "-pdf");
            for (Relatie r : c.relaties()) {
                w.writeStartElement("gerelateerdInformatieobject");
                verwijzing(w, "gerelateerdInformatieobjectVerwijzing", r.naam(), r.kenmerk());
                begrip(
                        w,
                        "gerelateerdInformatieobjectTypeRelatie",
                        r.type(),
                        null,
                        "Begrippenlijst Relatietypen informatieobject MDTO");
                w.writeEndElement();
            }
            verwijzing(w, "archiefvormer", c.archiefvormer(), null);
            w.writeStartElement("beperkingGebruik");
            boolean openbaar = "Openbaar".equals(a.getClassificatie());
            begrip(
                    w,
                    "beperkingGebruikType",
                    openbaar ? "Geen beperking" : "Overig",
                    null,
                    "Begrippenlijst BeperkingGebruikTypeLijst MDTO");
            if (!openbaar) {
                tekst(w, "beperkingGebruikNadereBeschrijving", "Classificatie: " + a.getClassificatie());
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** The dossier of a year's set: the aggregation the records are part of. */
    static byte[] dossier(
            String naam, String kenmerk, int jaar, List<Archiefstuk> stukken, String archiefvormer, String collectie) {
        return schrijf(w -> {
            w.writeStartElement("informatieobject");
            identificatie(w, "identificatie", kenmerk, BRON);
            tekst(w, "naam", naam);
            begrip(w, "aggregatieniveau", "Dossier", null, "Begrippenlijst Aggregatieniveaus MDTO");
            tekst(w, "trefwoord", "spreiding rijkswerkgelegenheid");
            w.writeStartElement("dekkingInTijd");
            begrip(w, "dekkingInTijdType", "Peildatum cijfers", null, "Dekking in tijd Spreiding rijkswerkgelegenheid");
            tekst(w, "dekkingInTijdBegindatum", String.valueOf(jaar));
            w.writeEndElement();
            tekst(w, "taal", "nl");
            begrip(w, "waardering", "Blijvend te bewaren", "B", "Begrippenlijst Waarderingen MDTO");
            verwijzing(w, "isOnderdeelVan", collectie, null);
            for (Archiefstuk a : stukken) {
                verwijzing(w, "bevatOnderdeel", a.getTitel(), kenmerk(a));
            }
            verwijzing(w, "archiefvormer", archiefvormer, null);
            w.writeStartElement("beperkingGebruik");
            begrip(
                    w,
                    "beperkingGebruikType",
                    "Nader te bepalen",
                    null,
                    "Begrippenlijst BeperkingGebruikTypeLijst MDTO");
            tekst(w, "beperkingGebruikNadereBeschrijving", "Per archiefstuk vastgelegd");
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** The file as handed out: the newest renewal's hash, size and date when there is one. */
    static byte[] bestand(Archiefstuk a, String bestandsnaam, Pdfformaat formaat, Archiefvernieuwing laatste) {
        String sha = laatste == null ? a.getSha256() : laatste.getSha256();
        long omvang = laatste == null ? a.getGrootte() : laatste.getGrootte();
        OffsetDateTime datum = laatste == null ? a.getOndertekendOp() : laatste.getVernieuwdOp();
        return schrijf(w -> {
            w.writeStartElement("bestand");
            identificatie(w, "identificatie", kenmerk(a) + "-pdf", BRON);
            tekst(w, "naam", bestandsnaam);
            tekst(w, "omvang", String.valueOf(omvang));
            begrip(w, "bestandsformaat", formaat.label(), formaat.pronom(), "PRONOM-register");
            w.writeStartElement("checksum");
            begrip(w, "checksumAlgoritme", "SHA-256", null, "Begrippenlijst ChecksumAlgoritme MDTO");
            tekst(w, "checksumWaarde", sha);
            tekst(w, "checksumDatum", datum.format(MOMENT));
            w.writeEndElement();
            verwijzing(w, "isRepresentatieVan", a.getTitel(), kenmerk(a));
            w.writeEndElement();
        });
    }

    static String kenmerk(Archiefstuk a) {
        return "spreiding-archiefstuk-" + a.getId();
    }

    private interface Inhoud {
        void schrijf(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] schrijf(Inhoud inhoud) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = Xml.schrijver(uit);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("MDTO");
            w.writeDefaultNamespace(MDTO);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", MDTO + " https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd");
            inhoud.schrijf(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return uit.toByteArray();
    }

    private static void event(XMLStreamWriter w, String type, OffsetDateTime tijd, String actor, String resultaat)
            throws XMLStreamException {
        w.writeStartElement("event");
        begrip(w, "eventType", type, null, "Begrippenlijst EventTypeLijst MDTO");
        if (tijd != null) {
            tekst(w, "eventTijd", tijd.format(MOMENT));
        }
        if (actor != null) {
            verwijzing(w, "eventVerantwoordelijkeActor", actor, null);
        }
        tekst(w, "eventResultaat", resultaat);
        w.writeEndElement();
    }

    private static void begrip(XMLStreamWriter w, String element, String label, String code, String lijst)
            throws XMLStreamException {
        w.writeStartElement(element);
        tekst(w, "begripLabel", label);
        if (code != null) {
            tekst(w, "begripCode", code);
        }
        w.writeStartElement("begripBegrippenlijst");
        tekst(w, "verwijzingNaam", lijst);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void verwijzing(XMLStreamWriter w, String element, String naam, String kenmerk)
            throws XMLStreamException {
        w.writeStartElement(element);
        tekst(w, "verwijzingNaam", naam);
        if (kenmerk != null) {
            identificatie(w, "verwijzingIdentificatie", kenmerk, BRON);
        }
        w.writeEndElement();
    }

    private static void identificatie(XMLStreamWriter w, String element, String kenmerk, String bron)
            throws XMLStreamException {
        w.writeStartElement(element);
        tekst(w, "identificatieKenmerk", kenmerk);
        tekst(w, "identificatieBron", bron);
        w.writeEndElement();
    }

    private static void tekst(XMLStreamWriter w, String naam, String waarde) throws XMLStreamException {
        w.writeStartElement(naam);
        w.writeCharacters(waarde == null ? "" : waarde);
        w.writeEndElement();
    }
}
