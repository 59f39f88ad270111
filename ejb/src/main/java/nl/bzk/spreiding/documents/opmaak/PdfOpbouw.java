package nl.bzk.spreiding.documents.opmaak;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Node;

/** Lays the markup out on A4 pages with OpenPDF. Each markup element maps to one layout element; see docs/documents.md. */
final class PdfOpbouw {

    private static final Color KOPREGEL = new Color(0xE4, 0xEC, 0xF5);
    private static final Color LIJN = new Color(0xB8, 0xC4, 0xD0);

    private final Lettertypen letters;
    private final Provinciegeometrie geometrie;
    private final Map<Integer, String> noten = new LinkedHashMap<>();
    private Document pdf;
    private PdfWriter writer;
    private float tekstbreedte;

    PdfOpbouw(Lettertypen letters, Provinciegeometrie geometrie) {
        this.letters = letters;
        this.geometrie = geometrie;
    }

    byte[] bouw(org.w3c.dom.Document opmaak, Metagegevens meta) {
        org.w3c.dom.Element root = opmaak.getDocumentElement();
        float rechts = Paginaopmaak.zijkolom(meta) ? Paginaopmaak.RECHTS_MET_KOLOM : Paginaopmaak.RECHTS_ZONDER_KOLOM;
        tekstbreedte = PageSize.A4.getWidth() - Paginaopmaak.LINKS - rechts;
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        pdf = new Document(PageSize.A4, Paginaopmaak.LINKS, rechts, Paginaopmaak.BOVEN, Paginaopmaak.ONDER);
        try {
            writer = PdfWriter.getInstance(pdf, uit);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setPageEvent(new Paginaopmaak(letters, meta, noten));
            pdf.open();
            boolean leeg = true;
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof org.w3c.dom.Element e) {
                    blok(e);
                    leeg = false;
                } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                    throw new SjabloonFout(null, null, "tekst buiten een alinea: '" + kort(n.getTextContent()) + "'. Zet tekst in <alinea>.");
                }
            }
            if (leeg) {
                throw new SjabloonFout(null, null, "het document is leeg.");
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new SjabloonFout(null, null, "het document kan niet worden opgemaakt: " + e.getMessage());
        } catch (NumberFormatException e) {
            throw new SjabloonFout(null, null, "een attribuut verwacht een getal: " + e.getMessage());
        }
        return uit.toByteArray();
    }

    private void blok(org.w3c.dom.Element e) throws DocumentException {
        switch (e.getTagName()) {
            case "kop" -> kop(e);
            case "alinea" -> {
                Paragraph p = new Paragraph(14);
                p.setFont(letters.font(10));
                p.addAll(inline(e, letters.font(10)));
                p.setSpacingAfter(7);
                pdf.add(p);
            }
            case "toelichting" -> {
                Paragraph p = new Paragraph(10);
                p.setFont(letters.font(7.5f));
                p.addAll(inline(e, letters.font(7.5f, false, true, new Color(0x44, 0x44, 0x44))));
                p.setSpacingAfter(8);
                pdf.add(p);
            }
            case "opsomming" -> opsomming(e);
            case "tabel" -> tabel(e);
            case "kaart" -> kaart(e);
            case "paginaeinde" -> pdf.newPage();
            case "witruimte" -> {
                Paragraph p = new Paragraph(" ", letters.font(10));
                p.setSpacingAfter(Float.parseFloat(attribuut(e, "hoogte", "12")));
                pdf.add(p);
            }
            default -> throw onbekend(e, "kop, alinea, toelichting, opsomming, tabel, kaart, paginaeinde, witruimte");
        }
    }

    private void kop(org.w3c.dom.Element e) throws DocumentException {
        int niveau = Integer.parseInt(attribuut(e, "niveau", "1"));
        Font f = switch (niveau) {
            case 1 -> letters.font(15, true, false, Lettertypen.RIJKSBLAUW);
            case 2 -> letters.font(11.5f, true, false, Lettertypen.TEKST);
            default -> letters.font(10, true, true, Lettertypen.TEKST);
        };
        // A heading never ends a page: with less than a few lines of room left it moves to the next one.
        if (writer.getVerticalPosition(false) - pdf.bottom() < 110) {
            pdf.newPage();
        }
        Paragraph p = new Paragraph(niveau == 1 ? 19 : 15);
        p.setFont(f);
        p.addAll(inline(e, f));
        p.setSpacingBefore(niveau == 1 ? 4 : 9);
        p.setSpacingAfter(niveau == 1 ? 10 : 4);
        p.setKeepTogether(true);
        pdf.add(p);
    }

    private void opsomming(org.w3c.dom.Element e) throws DocumentException {
        com.lowagie.text.List lijst = new com.lowagie.text.List(false, 14);
        lijst.setListSymbol(new Chunk("•", letters.font(10)));
        for (org.w3c.dom.Element punt : kinderen(e, "punt")) {
            ListItem item = new ListItem(14);
            item.setFont(letters.font(10));
            item.addAll(inline(punt, letters.font(10)));
            item.setSpacingAfter(3);
            lijst.add(item);
        }
        pdf.add(lijst);
        Paragraph ruimte = new Paragraph(4);
        ruimte.setFont(letters.font(4));
        ruimte.add(new Chunk(" ", letters.font(4)));
        pdf.add(ruimte);
    }

    private void tabel(org.w3c.dom.Element e) throws DocumentException {
        List<org.w3c.dom.Element> rijen = kinderen(e, "rij");
        if (rijen.isEmpty()) {
            throw new SjabloonFout(null, null, "een <tabel> zonder <rij>.");
        }
        float[] breedtes = breedtes(e, rijen.get(0));
        PdfPTable t = new PdfPTable(breedtes);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(10);
        t.setHeaderRows((int) rijen.stream().takeWhile(r -> "ja".equals(r.getAttribute("kop"))).count());
        float grootte = Float.parseFloat(attribuut(e, "grootte", "8.5"));
        for (org.w3c.dom.Element rij : rijen) {
            boolean kop = "ja".equals(rij.getAttribute("kop"));
            boolean vetRij = "ja".equals(rij.getAttribute("vet"));
            int cellen = 0;
            for (org.w3c.dom.Element cel : kinderen(rij, "cel")) {
                boolean vet = kop || vetRij || "ja".equals(cel.getAttribute("vet"));
                Phrase inhoud = new Phrase();
                inhoud.setFont(letters.font(grootte));
                inhoud.addAll(inline(cel, letters.font(grootte, vet, false, Lettertypen.TEKST)));
                PdfPCell c = new PdfPCell(inhoud);
                int span = Integer.parseInt(attribuut(cel, "span", "1"));
                c.setColspan(span);
                cellen += span;
                c.setHorizontalAlignment("rechts".equals(cel.getAttribute("uitlijning")) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                c.setPadding(3);
                c.setPaddingBottom(4);
                c.setBorder(Rectangle.BOTTOM);
                c.setBorderColor(LIJN);
                c.setBorderWidth(0.4f);
                if (kop) {
                    c.setBackgroundColor(KOPREGEL);
                }
                t.addCell(c);
            }
            if (cellen != breedtes.length) {
                throw new SjabloonFout(null, null, "een tabelrij heeft " + cellen + " cellen, de tabel " + breedtes.length
                        + " kolommen (rij begint met '" + kort(rij.getTextContent()) + "').");
            }
        }
        pdf.add(t);
    }

    private float[] breedtes(org.w3c.dom.Element tabel, org.w3c.dom.Element eersteRij) {
        String opgave = tabel.getAttribute("breedtes");
        if (opgave.isBlank()) {
            int n = kinderen(eersteRij, "cel").stream().mapToInt(c -> Integer.parseInt(attribuut(c, "span", "1"))).sum();
            float[] b = new float[n];
            java.util.Arrays.fill(b, 1);
            return b;
        }
        String[] delen = opgave.split(",");
        float[] b = new float[delen.length];
        try {
            for (int i = 0; i < delen.length; i++) {
                b[i] = Float.parseFloat(delen[i].strip().replace(',', '.'));
            }
        } catch (NumberFormatException ex) {
            throw new SjabloonFout(null, null, "breedtes=\"" + opgave + "\" moet een lijst getallen zijn, zoals \"3,1,1\".");
        }
        return b;
    }

    private void kaart(org.w3c.dom.Element e) throws DocumentException {
        Map<String, BigDecimal> waarden = new LinkedHashMap<>();
        for (org.w3c.dom.Element g : kinderen(e, "gebied")) {
            try {
                waarden.put(g.getAttribute("code"), new BigDecimal(g.getAttribute("waarde")));
            } catch (NumberFormatException ex) {
                throw new SjabloonFout(null, null, "kaart: waarde '" + g.getAttribute("waarde") + "' van gebied "
                        + g.getAttribute("code") + " is geen getal (gebruik ?c voor getallen zonder opmaak).");
            }
        }
        // Title, map and note form one block that moves to the next page as a whole.
        PdfPTable blok = new PdfPTable(1);
        blok.setWidthPercentage(100);
        blok.setKeepTogether(true);
        blok.setSpacingBefore(6);
        blok.setSpacingAfter(8);
        if (!e.getAttribute("titel").isBlank()) {
            blok.addCell(kaartcel(new Phrase(14, e.getAttribute("titel"), letters.font(10, true, false, Lettertypen.TEKST))));
        }
        float hoogte = Float.parseFloat(attribuut(e, "hoogte", "300"));
        PdfTemplate t = Kaarttekening.teken(writer.getDirectContent(), letters, geometrie, waarden, e.getAttribute("eenheid"),
                tekstbreedte, hoogte);
        Image beeld = Image.getInstance(t);
        beeld.setAlt(e.getAttribute("titel"));
        PdfPCell kaartcel = new PdfPCell(beeld, false);
        kaartcel.setBorder(Rectangle.NO_BORDER);
        kaartcel.setPaddingTop(4);
        blok.addCell(kaartcel);
        if (geometrie.isSchematisch()) {
            blok.addCell(kaartcel(new Phrase(10, "Schematische weergave: elke provincie als vlak op ongeveer haar plaats.",
                    letters.font(7, false, true, new Color(0x55, 0x55, 0x55)))));
        }
        if (geometrie.bronvermelding() != null) {
            // The licence of the outlines (CC BY 4.0) asks for the attribution with every map.
            blok.addCell(kaartcel(new Phrase(10, "Kaart: " + geometrie.bronvermelding(), letters.font(7, false, false, new Color(0x55, 0x55, 0x55)))));
        }
        pdf.add(blok);
    }

    private static PdfPCell kaartcel(Phrase inhoud) {
        PdfPCell c = new PdfPCell(inhoud);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        c.setPaddingBottom(2);
        return c;
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
        if (laatst >= 0 && !isNoot(chunks.get(laatst)) && !"\n".equals(chunks.get(laatst).getContent())) {
            Chunk l = chunks.get(laatst);
            chunks.set(laatst, new Chunk(l.getContent().stripTrailing(), l.getFont()));
        }
        return chunks;
    }

    private static boolean isNoot(Chunk c) {
        return c.hasAttributes() && c.getChunkAttributes().containsKey(Chunk.GENERICTAG);
    }

    private void inline(Node e, Font basis, boolean vet, boolean cursief, List<Chunk> chunks) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String tekst = n.getTextContent().replaceAll("\\s+", " ");
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
                        noten.put(nummer, k.getTextContent().replaceAll("\\s+", " ").strip());
                        Chunk c = new Chunk(String.valueOf(nummer), letters.font(basis.getSize() * 0.65f));
                        c.setTextRise(4);
                        c.setGenericTag("noot:" + nummer);
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
                throw new SjabloonFout(null, null, "losse tekst in <" + e.getTagName() + ">: '" + kort(n.getTextContent())
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
        org.w3c.dom.Node ouder = e.getParentNode();
        return new SjabloonFout(null, null, "onbekend element <" + e.getTagName() + "> in <"
                + (ouder instanceof org.w3c.dom.Element o ? o.getTagName() : "?") + ">; toegestaan: " + toegestaan + ".");
    }

    private static String kort(String tekst) {
        String t = tekst.replaceAll("\\s+", " ").strip();
        return t.length() > 50 ? t.substring(0, 50) + "…" : t;
    }
}
