package nl.bzk.spreiding.documents.opmaak;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.VerticalPositionMark;
import org.w3c.dom.Node;

/**
 * Lays the markup out on A4 pages with OpenPDF and records its logical structure as it goes: each markup element
 * maps to one structure element (kop to H1..H3, alinea to P, opsomming to L/LI/Lbl/LBody, tabel to Table, kaart to
 * a Figure with a text alternative, noot to Reference and Note, ondertekening to a Div). The markup cannot express
 * untagged content; see docs/documents.md.
 */
final class PdfOpbouw {

    private final Lettertypen letters;
    private final Provinciegeometrie geometrie;
    private final Structuur structuur = new Structuur();
    private final Map<Integer, Voetnoot> noten = new LinkedHashMap<>();
    /** Notes referenced in the block being laid out, attached to its element once its text is placed. */
    private final List<Voetnoot> notenInBlok = new ArrayList<>();

    private Zetwerk zetwerk;
    private Metagegevens meta;
    private int laatsteKopniveau;
    /** What still has to be filled in before the document may be finalised (a placeholder was printed instead). */
    private final List<String> openPunten = new ArrayList<>();

    record Voetnoot(int nummer, String tekst, Structuur.Element note) {
        String bestemming() {
            return "noot-" + nummer;
        }
    }

    record Resultaat(byte[] pdf, Structuur structuur, List<String> openPunten) {}

    PdfOpbouw(Lettertypen letters, Provinciegeometrie geometrie) {
        this.letters = letters;
        this.geometrie = geometrie;
    }

    Resultaat bouw(org.w3c.dom.Document opmaak, Metagegevens meta) {
        this.meta = meta;
        org.w3c.dom.Element root = opmaak.getDocumentElement();
        List<Paginaopmaak.Zijblok> zijblokken = zijkolom(root, meta);
        float rechts = zijblokken.isEmpty() ? Paginaopmaak.RECHTS_ZONDER_KOLOM : Paginaopmaak.RECHTS_MET_KOLOM;
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, Paginaopmaak.LINKS, rechts, Paginaopmaak.BOVEN, Paginaopmaak.ONDER);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, uit);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            Markering markering = new Markering(writer);
            // A provisional year's status is read first (the first element of the tree), though drawn with the page.
            Structuur.Element voorlopig = meta.voorlopig() == null ? null : structuur.document.kind("P");
            Paginaopmaak paginaopmaak = new Paginaopmaak(
                    letters,
                    meta,
                    zijblokken,
                    noten,
                    markering,
                    zijblokken.isEmpty() ? null : structuur.document.kind("Div"),
                    voorlopig);
            writer.setPageEvent(paginaopmaak);
            pdf.open();
            zetwerk = new Zetwerk(pdf, writer, markering);
            boolean leeg = true;
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof org.w3c.dom.Element e) {
                    blok(e);
                    leeg = false;
                } else if (n.getNodeType() == Node.TEXT_NODE
                        && !n.getTextContent().isBlank()) {
                    throw new SjabloonFout(
                            null,
                            null,
                            "tekst buiten een alinea: '" + kort(n.getTextContent()) + "'. Zet tekst in <alinea>.");
                }
            }
            if (leeg) {
                throw new SjabloonFout(null, null, "het document is leeg.");
            }
            // Footnotes that did not fit under the last page of text get pages of their own.
            while (paginaopmaak.heeftOpenNoten()) {
                zetwerk.legePagina();
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new SjabloonFout(null, null, "het document kan niet worden opgemaakt: " + e.getMessage());
        } catch (NumberFormatException e) {
            throw new SjabloonFout(null, null, "een attribuut verwacht een getal: " + e.getMessage());
        }
        return new Resultaat(uit.toByteArray(), structuur, List.copyOf(openPunten));
    }

    private void blok(org.w3c.dom.Element e) {
        switch (e.getTagName()) {
            case "kop" -> kop(e);
            case "alinea" -> alinea(e, "P", 10, letters.font(10), 14, 7);
            case "toelichting" ->
                alinea(e, "P", 7.5f, letters.font(7.5f, false, true, new Color(0x44, 0x44, 0x44)), 10, 8);
            case "opsomming" -> opsomming(e);
            case "tabel" -> tabel(e);
            case "kaart" -> kaart(e);
            case "ondertekening" -> ondertekening(e);
            case "briefhoofd" -> briefhoofd(e);
            case "zijkolom" -> {
                // laid out by the page events (zijkolom(...)), on every page
            }
            case "paginaeinde" -> zetwerk.nieuwePagina();
            case "witruimte" -> zetwerk.ruimte(Float.parseFloat(attribuut(e, "hoogte", "12")));
            default ->
                throw onbekend(
                        e,
                        "briefhoofd, zijkolom, kop, alinea, toelichting, opsomming, tabel, kaart, ondertekening, "
                                + "paginaeinde, witruimte");
        }
    }

    /**
     * The side column from {@code <zijkolom>} (blocks with a heading and lines: a letter's sender block, "Ons kenmerk",
     * "Bijlagen"), or the standard one (reference and date) when the markup has none.
     */
    private static List<Paginaopmaak.Zijblok> zijkolom(org.w3c.dom.Element root, Metagegevens meta) {
        List<org.w3c.dom.Element> kolommen = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && e.getTagName().equals("zijkolom")) {
                kolommen.add(e);
            }
        }
        if (kolommen.isEmpty()) {
            return Paginaopmaak.standaardZijkolom(meta);
        }
        if (kolommen.size() > 1) {
            throw new SjabloonFout(null, null, "een document heeft ten hoogste één <zijkolom>.");
        }
        List<Paginaopmaak.Zijblok> blokken = new ArrayList<>();
        for (org.w3c.dom.Element blok : kinderen(kolommen.get(0), "blok")) {
            List<String> regels = kinderen(blok, "regel").stream()
                    .map(r -> r.getTextContent().strip())
                    .filter(r -> !r.isEmpty())
                    .toList();
            if (!regels.isEmpty()) {
                blokken.add(new Paginaopmaak.Zijblok(
                        blok.getAttribute("kop").strip(), regels, "ja".equals(blok.getAttribute("herhaal"))));
            }
        }
        return blokken;
    }

    /**
     * The head of a letter, top left on its first page: the addressee ({@code <aan>}, one {@code <regel>} a line), then
     * the letter's particulars ({@code <gegeven kop="Datum">…</gegeven>}, "Betreft"), heading and value on one line.
     */
    private void briefhoofd(org.w3c.dom.Element e) {
        Structuur.Element blok = structuur.document.kind("Div");
        if (meta.logo() != null) {
            logo(blok, meta.logo());
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof org.w3c.dom.Element k)) {
                if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                    throw new SjabloonFout(
                            null, null, "losse tekst in <briefhoofd>: '" + kort(n.getTextContent()) + "'.");
                }
                continue;
            }
            switch (k.getTagName()) {
                case "aan" -> {
                    Phrase aan = new Phrase();
                    List<org.w3c.dom.Element> regels = kinderen(k, "regel");
                    for (int i = 0; i < regels.size(); i++) {
                        aan.add(new Chunk(regels.get(i).getTextContent().strip(), letters.font(10)));
                        if (i < regels.size() - 1) {
                            aan.add(new Chunk("\n", letters.font(10)));
                        }
                    }
                    zetwerk.tekst(blok.kind("P"), aan, 14, zetwerk.links, zetwerk.rechts, Element.ALIGN_LEFT);
                    zetwerk.ruimte(28);
                }
                case "gegeven" -> {
                    Phrase gegeven = new Phrase();
                    gegeven.add(new Chunk(
                            k.getAttribute("kop").strip(), letters.font(7.5f, false, false, Lettertypen.TEKST)));
                    gegeven.add(new Chunk(new VerticalPositionMark(), 60, false));
                    gegeven.addAll(inline(k, letters.font(10)));
                    zetwerk.tekst(blok.kind("P"), gegeven, 14, zetwerk.links, zetwerk.rechts, Element.ALIGN_LEFT);
                }
                default -> throw onbekend(k, "aan, gegeven");
            }
        }
        zetwerk.ruimte(28);
    }

    /**
     * The configured logo in the top margin above the side column, as large as fits {@link Logo#BREEDTE} by
     * {@link Logo#HOOGTE}: a Figure with its text alternative.
     */
    private void logo(Structuur.Element blok, Logo logo) {
        Image beeld;
        try {
            beeld = Image.getInstance(logo.beeld());
        } catch (IOException | RuntimeException e) {
            throw new SjabloonFout(
                    null, null, "het logo (spreiding.brief.logo) is niet te plaatsen: " + e.getMessage());
        }
        beeld.scaleToFit(Logo.BREEDTE, Logo.HOOGTE);
        float b = beeld.getScaledWidth();
        float h = beeld.getScaledHeight();
        Rectangle pagina = zetwerk.pdf.getPageSize();
        float x = pagina.getWidth() - Paginaopmaak.RECHTS_MET_KOLOM + 22;
        float boven = pagina.getHeight() - 16;
        Structuur.Element figuur = blok.kind("Figure");
        figuur.alt = logo.tekst();
        figuur.attribuut("Layout", "Placement", "Block");
        figuur.attribuut("Layout", "BBox", new float[] {x, boven - h, x + b, boven});
        zetwerk.markering.begin(zetwerk.cb, figuur);
        try {
            zetwerk.cb.addImage(beeld, b, 0, 0, h, x, boven - h);
        } catch (DocumentException e) {
            throw new SjabloonFout(
                    null, null, "het logo (spreiding.brief.logo) is niet te plaatsen: " + e.getMessage());
        }
        zetwerk.markering.eind(zetwerk.cb);
    }

    private void alinea(
            org.w3c.dom.Element e, String type, float grootte, Font font, float regelafstand, float ruimteNa) {
        Structuur.Element p = structuur.document.kind(type);
        Phrase inhoud = new Phrase();
        inhoud.addAll(inline(e, font));
        zetwerk.tekst(p, inhoud, regelafstand, zetwerk.links, zetwerk.rechts, Element.ALIGN_LEFT);
        notenNa(p);
        zetwerk.ruimte(ruimteNa);
    }

    private void kop(org.w3c.dom.Element e) {
        int niveau = Integer.parseInt(attribuut(e, "niveau", "1"));
        if (niveau < 1 || niveau > 3) {
            throw new SjabloonFout(null, null, "<kop niveau=\"" + niveau + "\">: een kop heeft niveau 1, 2 of 3.");
        }
        // Screen readers navigate by heading level; a skipped level (or a document that opens below level 1) breaks
        // that.
        if (niveau > laatsteKopniveau + 1) {
            throw new SjabloonFout(
                    null,
                    null,
                    "kop '" + kort(e.getTextContent()) + "' heeft niveau " + niveau + " maar volgt op "
                            + (laatsteKopniveau == 0
                                    ? "het begin van het document; de eerste kop heeft niveau 1"
                                    : "niveau " + laatsteKopniveau + "; een kop slaat geen niveau over")
                            + ".");
        }
        laatsteKopniveau = niveau;
        Font f = switch (niveau) {
            case 1 -> letters.font(15, true, false, Lettertypen.RIJKSBLAUW);
            case 2 -> letters.font(11.5f, true, false, Lettertypen.TEKST);
            default -> letters.font(10, true, true, Lettertypen.TEKST);
        };
        // A heading never ends a page: with less than a few lines of room left it moves to the next one.
        zetwerk.zorgVoor(110);
        zetwerk.ruimte(niveau == 1 ? 4 : 9);
        Structuur.Element h = structuur.document.kind("H" + niveau);
        Phrase inhoud = new Phrase();
        inhoud.addAll(inline(e, f));
        zetwerk.tekst(h, inhoud, niveau == 1 ? 19 : 15, zetwerk.links, zetwerk.rechts, Element.ALIGN_LEFT);
        notenNa(h);
        zetwerk.ruimte(niveau == 1 ? 10 : 4);
    }

    private void opsomming(org.w3c.dom.Element e) {
        Structuur.Element lijst = structuur.document.kind("L").attribuut("List", "ListNumbering", "Disc");
        for (org.w3c.dom.Element punt : kinderen(e, "punt")) {
            Structuur.Element li = lijst.kind("LI");
            zetwerk.zorgVoor(14);
            float bovenkant = zetwerk.y;
            zetwerk.markering.begin(zetwerk.cb, li.kind("Lbl"));
            ColumnText.showTextAligned(
                    zetwerk.cb,
                    Element.ALIGN_LEFT,
                    new Phrase("•", letters.font(10)),
                    zetwerk.links,
                    bovenkant - 14,
                    0);
            zetwerk.markering.eind(zetwerk.cb);
            Structuur.Element romp = li.kind("LBody");
            Phrase inhoud = new Phrase();
            inhoud.addAll(inline(punt, letters.font(10)));
            zetwerk.tekst(romp, inhoud, 14, zetwerk.links + 14, zetwerk.rechts, Element.ALIGN_LEFT);
            notenNa(romp);
            zetwerk.ruimte(3);
        }
        zetwerk.ruimte(4);
    }

    private void tabel(org.w3c.dom.Element e) {
        List<org.w3c.dom.Element> rijen = kinderen(e, "rij");
        if (rijen.isEmpty()) {
            throw new SjabloonFout(null, null, "een <tabel> zonder <rij>.");
        }
        float[] breedtes = breedtes(e, rijen.get(0));
        float grootte = Float.parseFloat(attribuut(e, "grootte", "8.5"));
        List<Tabelzetter.Rij> opgemaakt = new ArrayList<>();
        boolean kopGehad = false;
        for (org.w3c.dom.Element rij : rijen) {
            boolean kop = "ja".equals(rij.getAttribute("kop"));
            if (kop && kopGehad && !opgemaakt.get(opgemaakt.size() - 1).kop()) {
                throw new SjabloonFout(
                        null,
                        null,
                        "een kopregel (kop=\"ja\") staat na gewone regels; kopregels komen bovenaan de tabel.");
            }
            kopGehad |= kop;
            boolean vetRij = "ja".equals(rij.getAttribute("vet"));
            List<Tabelzetter.Cel> cellen = new ArrayList<>();
            int aantal = 0;
            for (org.w3c.dom.Element cel : kinderen(rij, "cel")) {
                boolean vet = kop || vetRij || "ja".equals(cel.getAttribute("vet"));
                Phrase inhoud = new Phrase();
                inhoud.addAll(inline(cel, letters.font(grootte, vet, false, Lettertypen.TEKST)));
                int span = Integer.parseInt(attribuut(cel, "span", "1"));
                cellen.add(new Tabelzetter.Cel(inhoud, span, "rechts".equals(cel.getAttribute("uitlijning"))));
                aantal += span;
            }
            if (aantal != breedtes.length) {
                throw new SjabloonFout(
                        null,
                        null,
                        "een tabelrij heeft " + aantal + " cellen, de tabel " + breedtes.length
                                + " kolommen (rij begint met '" + kort(rij.getTextContent()) + "').");
            }
            opgemaakt.add(new Tabelzetter.Rij(cellen, kop));
        }
        zetwerk.ruimte(4);
        Structuur.Element t = structuur.document.kind("Table");
        new Tabelzetter(zetwerk, grootte + 2.5f).zet(t, opgemaakt, breedtes);
        notenNa(t);
        zetwerk.ruimte(10);
    }

    private float[] breedtes(org.w3c.dom.Element tabel, org.w3c.dom.Element eersteRij) {
        String opgave = tabel.getAttribute("breedtes");
        if (opgave.isBlank()) {
            int n = kinderen(eersteRij, "cel").stream()
                    .mapToInt(c -> Integer.parseInt(attribuut(c, "span", "1")))
                    .sum();
            float[] b = new float[n];
            Arrays.fill(b, 1);
            return b;
        }
        String[] delen = opgave.split(",");
        float[] b = new float[delen.length];
        try {
            for (int i = 0; i < delen.length; i++) {
                b[i] = Float.parseFloat(delen[i].strip().replace(',', '.'));
            }
        } catch (NumberFormatException ex) {
            throw new SjabloonFout(
                    null, null, "breedtes=\"" + opgave + "\" moet een lijst getallen zijn, zoals \"3,1,1\".");
        }
        return b;
    }

    private void kaart(org.w3c.dom.Element e) {
        String alt = e.getAttribute("alt").strip();
        if (alt.isEmpty()) {
            throw new SjabloonFout(
                    null,
                    null,
                    "<kaart titel=\"" + kort(e.getAttribute("titel"))
                            + "\"> heeft geen alt=\"…\": een kaart heeft een tekstalternatief voor wie haar niet kan zien.");
        }
        Map<String, BigDecimal> waarden = new LinkedHashMap<>();
        for (org.w3c.dom.Element g : kinderen(e, "gebied")) {
            try {
                waarden.put(g.getAttribute("code"), new BigDecimal(g.getAttribute("waarde")));
            } catch (NumberFormatException ex) {
                throw new SjabloonFout(
                        null,
                        null,
                        "kaart: waarde '" + g.getAttribute("waarde") + "' van gebied " + g.getAttribute("code")
                                + " is geen getal (gebruik ?c voor getallen zonder opmaak).");
            }
        }
        String titel = e.getAttribute("titel").strip();
        float hoogte = Float.parseFloat(attribuut(e, "hoogte", "300"));
        List<String> onderschriften = new ArrayList<>();
        if (geometrie.isSchematisch()) {
            onderschriften.add("Schematische weergave: elke provincie als vlak op ongeveer haar plaats.");
        }
        if (geometrie.bronvermelding() != null) {
            // The licence of the outlines (CC BY 4.0) asks for the attribution with every map.
            onderschriften.add("Kaart: " + geometrie.bronvermelding());
        }
        // Title, map and notes form one block that moves to the next page as a whole.
        zetwerk.ruimte(6);
        zetwerk.zorgVoor((titel.isEmpty() ? 0 : 18) + hoogte + 4 + 10 * onderschriften.size());
        if (!titel.isEmpty()) {
            Phrase p = new Phrase(titel, letters.font(10, true, false, Lettertypen.TEKST));
            zetwerk.tekst(structuur.document.kind("P"), p, 14, zetwerk.links, zetwerk.rechts, Element.ALIGN_LEFT);
            zetwerk.ruimte(4);
        }
        Structuur.Element figuur = structuur.document.kind("Figure");
        figuur.alt = Kaartbeschrijving.tekst(alt, geometrie, waarden, e.getAttribute("eenheid"));
        PdfTemplate t = Kaarttekening.teken(
                zetwerk.cb, letters, geometrie, waarden, e.getAttribute("eenheid"), zetwerk.breedte(), hoogte);
        float onderkant = zetwerk.y - hoogte;
        figuur.attribuut("Layout", "Placement", "Block");
        figuur.attribuut("Layout", "BBox", new float[] {zetwerk.links, onderkant, zetwerk.rechts, zetwerk.y});
        zetwerk.markering.begin(zetwerk.cb, figuur);
        zetwerk.cb.addTemplate(t, zetwerk.links, onderkant);
        zetwerk.markering.eind(zetwerk.cb);
        zetwerk.getekend(onderkant - 2);
        for (String onderschrift : onderschriften) {
            Phrase p = new Phrase(
                    onderschrift,
                    letters.font(7, false, onderschrift.startsWith("Schematische"), new Color(0x55, 0x55, 0x55)));
            zetwerk.tekst(structuur.document.kind("P"), p, 10, zetwerk.links, zetwerk.rechts, Element.ALIGN_LEFT);
        }
        zetwerk.ruimte(8);
    }

    /**
     * The signature block: the signatory's function, room for the signature, the name. A draft may lack the name: it
     * then says so in the text and the document records an open point, which keeps it from being finalised.
     */
    private void ondertekening(org.w3c.dom.Element e) {
        String functie = e.getAttribute("functie").strip();
        String naam = e.getAttribute("naam").strip();
        if (functie.isEmpty() || functie.equals(",")) {
            throw new SjabloonFout(
                    null,
                    null,
                    "<ondertekening> heeft een functie=\"…\", zoals \"De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\".");
        }
        if (naam.isEmpty()) {
            naam = "(naam van de ondertekenaar nog in te vullen)";
            openPunten.add("de naam van de ondertekenaar ontbreekt");
        }
        Structuur.Element blok = structuur.document.kind("Div");
        zetwerk.ruimte(6);
        zetwerk.zorgVoor(14 + 28 + 14);
        zetwerk.tekst(
                blok.kind("P"),
                new Phrase(functie, letters.font(10)),
                14,
                zetwerk.links,
                zetwerk.rechts,
                Element.ALIGN_LEFT);
        zetwerk.ruimte(28);
        zetwerk.tekst(
                blok.kind("P"),
                new Phrase(naam, letters.font(10)),
                14,
                zetwerk.links,
                zetwerk.rechts,
                Element.ALIGN_LEFT);
        zetwerk.ruimte(7);
    }

    /** Reference and Note follow the text that refers to them, so the note is read right after its reference. */
    private void notenNa(Structuur.Element element) {
        for (Voetnoot n : notenInBlok) {
            element.kind("Reference")
                    .kind("Link")
                    .kinderen
                    .add(new Structuur.Koppeling(n.bestemming(), "Naar voetnoot " + n.nummer()));
            element.kinderen.add(n.note());
        }
        notenInBlok.clear();
    }

    /** Inline content: text, vet, cursief, noot, nieuweregel. Runs of white space from the template become one space. */
    private List<Chunk> inline(org.w3c.dom.Element e, Font basis) {
        List<Chunk> chunks = new ArrayList<>();
        inline(e, basis, false, false, chunks);
        if (!chunks.isEmpty() && !isNoot(chunks.get(0))) {
            Chunk eerste = chunks.get(0);
            chunks.set(0, new Chunk(eerste.getContent().stripLeading(), eerste.getFont()));
        }
        int laatst = chunks.size() - 1;
        if (laatst >= 0
                && !isNoot(chunks.get(laatst))
                && !"\n".equals(chunks.get(laatst).getContent())) {
            Chunk l = chunks.get(laatst);
            chunks.set(laatst, new Chunk(l.getContent().stripTrailing(), l.getFont()));
        }
        return chunks;
    }

    private static boolean isNoot(Chunk c) {
        return c.hasAttributes() && c.getChunkAttributes().containsKey(Chunk.GENERICTAG);
    }

    /** A plus, minus or en dash, a space, a digit: the space becomes a no-break space. */
    private static final Pattern TEKEN_VOOR_GETAL = Pattern.compile("(^|[\\s(])([+\u2013-]) (?=\\d)");

    private void inline(Node e, Font basis, boolean vet, boolean cursief, List<Chunk> chunks) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                // A sign stays with its number: "(+ 13.334 fte)" never breaks after the "+" (issue 31).
                String tekst = TEKEN_VOOR_GETAL
                        .matcher(n.getTextContent().replaceAll("\\s+", " "))
                        .replaceAll("$1$2\u00a0");
                if (!tekst.isEmpty()) {
                    chunks.add(new Chunk(tekst, stijl(basis, vet, cursief)));
                }
            } else if (n instanceof org.w3c.dom.Element k) {
                switch (k.getTagName()) {
                    case "vet" -> inline(k, basis, true, cursief, chunks);
                    case "cursief" -> inline(k, basis, vet, true, chunks);
                    case "nieuweregel" -> chunks.add(new Chunk("\n", basis));
                    case "noot" -> {
                        int nummer = noten.size() + 1;
                        Structuur.Element note = new Structuur.Element("Note");
                        note.id = "noot-" + nummer;
                        Voetnoot v = new Voetnoot(
                                nummer,
                                k.getTextContent().replaceAll("\\s+", " ").strip(),
                                note);
                        noten.put(nummer, v);
                        notenInBlok.add(v);
                        Chunk c = new Chunk(String.valueOf(nummer), letters.font(basis.getSize() * 0.65f));
                        c.setTextRise(4);
                        c.setGenericTag("noot:" + nummer);
                        c.setLocalGoto(v.bestemming());
                        chunks.add(c);
                    }
                    default -> throw onbekend(k, "vet, cursief, noot, nieuweregel");
                }
            }
        }
    }

    private Font stijl(Font basis, boolean vet, boolean cursief) {
        if (!vet && !cursief) {
            return basis;
        }
        return letters.font(basis.getSize(), vet || basis.getBaseFont() == letters.vet, cursief, basis.getColor());
    }

    private static List<org.w3c.dom.Element> kinderen(org.w3c.dom.Element e, String naam) {
        List<org.w3c.dom.Element> l = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element k) {
                if (!k.getTagName().equals(naam)) {
                    throw onbekend(k, naam);
                }
                l.add(k);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                throw new SjabloonFout(
                        null,
                        null,
                        "losse tekst in <" + e.getTagName() + ">: '" + kort(n.getTextContent())
                                + "'; hier horen alleen <" + naam + "> elementen.");
            }
        }
        return l;
    }

    private static String attribuut(org.w3c.dom.Element e, String naam, String standaard) {
        String w = e.getAttribute(naam);
        return w.isBlank() ? standaard : w.strip();
    }

    private static SjabloonFout onbekend(org.w3c.dom.Element e, String toegestaan) {
        Node ouder = e.getParentNode();
        return new SjabloonFout(
                null,
                null,
                "onbekend element <" + e.getTagName() + "> in <"
                        + (ouder instanceof org.w3c.dom.Element o ? o.getTagName() : "?") + ">; toegestaan: "
                        + toegestaan + ".");
    }

    private static String kort(String tekst) {
        String t = tekst.replaceAll("\\s+", " ").strip();
        return t.length() > 50 ? t.substring(0, 50) + "…" : t;
    }
}
