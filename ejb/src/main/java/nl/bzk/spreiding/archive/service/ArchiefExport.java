package nl.bzk.spreiding.archive.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.bzk.spreiding.archive.entity.Archiefstuk;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * Packages for long-term archiving (e-Depot): per document its signed PDF and an MDTO-style metadata file
 * (docs/archive.md), as a ZIP per document or per year.
 */
@Stateless
@RolesAllowed({Rol.ARCHIVIST_NAAM, Rol.BZK_COORDINATOR_NAAM, Rol.ADMIN_NAAM})
public class ArchiefExport {

    static final String MDTO = "https://www.nationaalarchief.nl/mdto";

    @Inject
    private Archief archief;

    public byte[] document(long id) {
        return zip(List.of(archief.haal(id)));
    }

    public byte[] jaar(int jaar) {
        List<Archiefstuk> stukken = archief.zoek(new Archief.Zoekvraag(null, jaar, null, null, null, null));
        if (stukken.isEmpty()) {
            throw Fout.nietGevonden("Er zijn geen archiefstukken van " + jaar);
        }
        return zip(stukken);
    }

    private byte[] zip(List<Archiefstuk> stukken) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (Archiefstuk a : stukken) {
                String naam = bestandsnaam(a);
                zip.putNextEntry(new ZipEntry(naam + ".pdf"));
                byte[] pdf = archief.pdf(a.getId());
                zip.write(pdf);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(naam + ".mdto.xml"));
                mdto(a, naam + ".pdf", Pdfformaat.van(pdf), zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    public static String bestandsnaam(Archiefstuk a) {
        return a.getSoort().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + a.getJaar() + "-archief-" + a.getId();
    }

    static void mdto(Archiefstuk a, String bestand, Pdfformaat formaat, OutputStream uit) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(uit, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("MDTO");
            w.writeDefaultNamespace(MDTO);
            w.writeStartElement("informatieobject");
            identificatie(w, "spreiding-archiefstuk-" + a.getId(), "Spreiding rijkswerkgelegenheid (BZK)");
            tekst(w, "naam", a.getTitel());
            if (a.getKamerstuk() != null) {
                w.writeStartElement("aggregatieniveau");
                tekst(w, "begripLabel", "Archiefstuk");
                w.writeEndElement();
                w.writeStartElement("trefwoord");
                tekst(w, "begripLabel", "Kamerstuk " + a.getKamerstuk() + (a.getVergaderjaar() == null ? "" : ", vergaderjaar " + a.getVergaderjaar()));
                w.writeEndElement();
            }
            w.writeStartElement("classificatie");
            tekst(w, "begripLabel", a.getSoort());
            w.writeEndElement();
            w.writeStartElement("dekkingInTijd");
            tekst(w, "dekkingInTijdBegindatum", a.getJaar() + "-01-01");
            w.writeEndElement();
            w.writeStartElement("waardering");
            tekst(w, "begripLabel", a.getBewaartermijn().toLowerCase(Locale.ROOT).startsWith("blijvend") ? "blijvend te bewaren" : "te vernietigen");
            w.writeEndElement();
            w.writeStartElement("bewaartermijn");
            tekst(w, "termijnOmschrijving", a.getBewaartermijn());
            w.writeEndElement();
            w.writeStartElement("informatiecategorie");
            tekst(w, "begripLabel", "Kamerbrieven en bijlagen spreiding rijkswerkgelegenheid");
            w.writeEndElement();
            w.writeStartElement("openbaarheid");
            tekst(w, "omschrijvingBeperkingen", a.getClassificatie());
            w.writeEndElement();
            w.writeStartElement("gerelateerdInformatieobject");
            tekst(w, "gerelateerdInformatieobjectVerwijzing", "sjabloon " + a.getSoort() + " versie " + a.getSjabloonVersie()
                    + "; momentopname sha256 " + a.getMomentopnameSha256());
            w.writeEndElement();
            w.writeStartElement("event");
            w.writeStartElement("eventType");
            tekst(w, "begripLabel", "Ondertekening");
            w.writeEndElement();
            tekst(w, "eventTijd", a.getOndertekendOp().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            tekst(w, "eventVerantwoordelijkeActor", a.getOndertekendDoor() + " (" + a.getOndertekenaar() + ")");
            tekst(w, "eventResultaat", a.getNiveau());
            w.writeEndElement();
            w.writeEndElement(); // informatieobject

            w.writeStartElement("bestand");
            identificatie(w, "spreiding-archiefstuk-" + a.getId() + "-pdf", "Spreiding rijkswerkgelegenheid (BZK)");
            tekst(w, "naam", bestand);
            tekst(w, "omvang", String.valueOf(a.getGrootte()));
            w.writeStartElement("bestandsformaat");
            tekst(w, "begripLabel", formaat.label());
            tekst(w, "begripCode", formaat.pronom());
            w.writeEndElement();
            w.writeStartElement("checksum");
            w.writeStartElement("checksumAlgoritme");
            tekst(w, "begripLabel", "SHA-256");
            w.writeEndElement();
            tekst(w, "checksumWaarde", a.getSha256());
            tekst(w, "checksumDatum", a.getOndertekendOp().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            w.writeEndElement();
            w.writeStartElement("isRepresentatieVan");
            tekst(w, "verwijzingNaam", a.getTitel());
            w.writeEndElement();
            w.writeEndElement(); // bestand
            w.writeEndElement(); // MDTO
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void identificatie(XMLStreamWriter w, String kenmerk, String bron) throws XMLStreamException {
        w.writeStartElement("identificatie");
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
