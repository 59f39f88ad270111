package nl.bzk.spreiding.archive.service;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.bzk.spreiding.platform.Xml;

/**
 * The delivery note of a SIP with what the Nationaal Archief's SIP specification asks of it: a unique id, title, target
 * system, the creating organisation and contact, the creation time, the number of information objects and files,
 * the number and total size of the files that are not MDTO sidecars, the package hash (SHA-256 over the sorted lines
 * "sha256  path" of every other file) and, for this application, the head hash of the archive chain at export.
 */
record Pakbon(
        String identificatie,
        String titel,
        String doelsysteem,
        String archiefvormer,
        String contactpersoon,
        OffsetDateTime aangemaaktOp,
        int informatieobjecten,
        int bestanden,
        int bestandenZonderMdto,
        long omvangInhoud,
        String pakketHash,
        String archiefketenKopHash,
        String bijzonderheden) {

    static final String NAAMRUIMTE = "urn:nl:bzk:spreiding:pakbon:1";

    byte[] xml() {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = Xml.schrijver(uit);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("pakbon");
            w.writeDefaultNamespace(NAAMRUIMTE);
            tekst(w, "identificatie", identificatie);
            tekst(w, "titel", titel);
            tekst(w, "doelsysteem", doelsysteem);
            tekst(w, "archiefvormer", archiefvormer);
            tekst(w, "contactpersoon", contactpersoon);
            tekst(w, "aangemaaktOp", aangemaaktOp.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            tekst(w, "aantalInformatieobjecten", String.valueOf(informatieobjecten));
            tekst(w, "aantalBestanden", String.valueOf(bestanden));
            tekst(w, "aantalBestandenZonderMdto", String.valueOf(bestandenZonderMdto));
            tekst(w, "omvangInhoud", String.valueOf(omvangInhoud));
            w.writeStartElement("pakketHash");
            w.writeAttribute("algoritme", "SHA-256");
            w.writeAttribute("over", "gesorteerde regels 'sha256  pad' van alle bestanden behalve de pakbon");
            w.writeCharacters(pakketHash);
            w.writeEndElement();
            tekst(w, "archiefketenKopHash", archiefketenKopHash);
            tekst(w, "bijzonderheden", bijzonderheden);
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return uit.toByteArray();
    }

    private static void tekst(XMLStreamWriter w, String naam, String waarde) throws XMLStreamException {
        w.writeStartElement(naam);
        w.writeCharacters(waarde == null ? "" : waarde);
        w.writeEndElement();
    }
}
