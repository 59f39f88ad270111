package nl.bzk.spreiding.documents.opmaak;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The pure path from template to archivable PDF: fill the template with the snapshot, read the markup, lay it out
 * with OpenPDF, tagged, and make it PDF/A-2a and PDF/UA-1 with PDFBox. The same template, snapshot, geometry and moment give the same
 * document; either the whole document comes out or a {@link SjabloonFout}, never half a file.
 */
public final class Documentopmaak {

    private static final String AUTEUR = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties";

    private Documentopmaak() {}

    /** The markup only: for previews of the text and for checking a template before it is saved. */
    public static String vul(String sjabloon, Map<String, Object> momentopname) {
        return Sjabloonmotor.vul(sjabloon, momentopname);
    }

    public static Resultaat maak(
            String sjabloon, Map<String, Object> momentopname, Provinciegeometrie geometrie, OffsetDateTime moment) {
        String opmaak = Sjabloonmotor.vul(sjabloon, momentopname);
        Document d = Opmaaktaal.lees(opmaak);
        Element root = d.getDocumentElement();
        Metagegevens meta = new Metagegevens(
                verplicht(root, "titel"),
                root.hasAttribute("auteur") ? root.getAttribute("auteur") : AUTEUR,
                root.getAttribute("onderwerp"),
                root.getAttribute("kamerstuk"),
                root.getAttribute("vergaderjaar"),
                root.getAttribute("kenmerk"),
                root.getAttribute("datum"),
                moment,
                voorlopig(momentopname),
                logo(momentopname));
        PdfOpbouw.Resultaat opgemaakt = new PdfOpbouw(new Lettertypen(), geometrie).bouw(d, meta);
        return new Resultaat(PdfA.maak(opgemaakt.pdf(), meta, opgemaakt.structuur()), meta, opgemaakt.openPunten());
    }

    /**
     * The status of a provisional year the snapshot carries ({@code cijfers.voorlopig}, issue 31), or null: read here,
     * not left to the template, so no template can leave VOORLOPIG off a page.
     */
    private static String voorlopig(Map<String, Object> momentopname) {
        return momentopname.get("cijfers") instanceof Map<?, ?> cijfers
                        && cijfers.get("voorlopig") instanceof String v
                        && !v.isBlank()
                ? v.strip()
                : null;
    }

    /** The letter head's logo the snapshot carries ({@code document.briefhoofd.logo}), or null. */
    private static Logo logo(Map<String, Object> momentopname) {
        return momentopname.get("document") instanceof Map<?, ?> document
                        && document.get("briefhoofd") instanceof Map<?, ?> hoofd
                        && hoofd.get("logo") instanceof String logo
                ? Logo.uitMomentopname(logo, hoofd.get("logoTekst") instanceof String t ? t : null)
                : null;
    }

    /** @param openPunten what the draft still lacks (a placeholder is printed instead); empty for a complete document */
    public record Resultaat(byte[] pdf, Metagegevens meta, List<String> openPunten) {}

    private static String verplicht(Element root, String attribuut) {
        String w = root.getAttribute(attribuut).strip();
        if (w.isEmpty()) {
            throw new SjabloonFout(
                    null, null, "<document> heeft geen " + attribuut + "=\"…\"; elk document heeft een titel.");
        }
        return w;
    }
}
