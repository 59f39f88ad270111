package nl.bzk.spreiding.documents.opmaak;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;

/**
 * Writes the {@link Structuur} recorded during layout into the PDF as its structure tree (ISO 32000-1, 14.7): the
 * elements with their kids (MCIDs, marked-content references for content on another page, object references for
 * link annotations), the parent tree that leads from page content and annotations back to their elements, the ID
 * tree for notes, and what PDF/UA asks of catalog and pages (MarkInfo, tab order by structure).
 */
final class Structuurboom {

    private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");
    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName OBJR = COSName.getPDFName("OBJR");
    private static final COSName ID_TREE = COSName.getPDFName("IDTree");

    private final PDDocument doc;
    /** Per page: the element of each MCID, in MCID order. */
    private final Map<Integer, TreeMap<Integer, COSDictionary>> ouders = new HashMap<>();

    private final Map<String, List<Link>> links = new HashMap<>();
    private final TreeMap<String, COSDictionary> ids = new TreeMap<>();
    private final Map<COSDictionary, COSDictionary> annotatieOuders = new LinkedHashMap<>();

    private record Link(PDAnnotationLink annotatie, PDPage pagina) {}

    private Structuurboom(PDDocument doc) {
        this.doc = doc;
    }

    static void schrijf(PDDocument doc, Structuur structuur) throws IOException {
        new Structuurboom(doc).schrijf(structuur);
    }

    private void schrijf(Structuur structuur) throws IOException {
        verzamelLinks();
        COSDictionary wortel = new COSDictionary();
        wortel.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        wortel.setItem(COSName.K, element(structuur.document, wortel));

        COSArray getallen = new COSArray();
        int pagina = 0;
        for (PDPage p : doc.getPages()) {
            p.getCOSObject().setInt(COSName.STRUCT_PARENTS, pagina);
            // Tab order follows the structure (PDF/UA 7.18.3); set on every page, with or without annotations.
            p.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            COSArray elementen = new COSArray();
            TreeMap<Integer, COSDictionary> perMcid = ouders.getOrDefault(pagina, new TreeMap<>());
            for (int mcid = 0; mcid <= (perMcid.isEmpty() ? -1 : perMcid.lastKey()); mcid++) {
                COSDictionary e = perMcid.get(mcid);
                elementen.add(e == null ? COSNull.NULL : e);
            }
            getallen.add(COSInteger.get(pagina));
            getallen.add(elementen);
            pagina++;
        }
        int sleutel = pagina;
        for (Map.Entry<COSDictionary, COSDictionary> a : annotatieOuders.entrySet()) {
            a.getKey().setInt(COSName.STRUCT_PARENT, sleutel);
            getallen.add(COSInteger.get(sleutel));
            getallen.add(a.getValue());
            sleutel++;
        }
        COSDictionary ouderboom = new COSDictionary();
        ouderboom.setItem(COSName.NUMS, getallen);
        wortel.setItem(COSName.PARENT_TREE, ouderboom);
        wortel.setInt(COSName.PARENT_TREE_NEXT_KEY, sleutel);
        if (!ids.isEmpty()) {
            COSArray namen = new COSArray();
            ids.forEach((id, e) -> {
                namen.add(new COSString(id));
                namen.add(e);
            });
            COSDictionary idBoom = new COSDictionary();
            idBoom.setItem(COSName.NAMES, namen);
            wortel.setItem(ID_TREE, idBoom);
        }
        COSDictionary catalogus = doc.getDocumentCatalog().getCOSObject();
        catalogus.setItem(COSName.STRUCT_TREE_ROOT, wortel);
        COSDictionary markering = new COSDictionary();
        markering.setItem(COSName.getPDFName("Marked"), COSBoolean.TRUE);
        catalogus.setItem(COSName.MARK_INFO, markering);
    }

    private COSDictionary element(Structuur.Element e, COSDictionary ouder) {
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, STRUCT_ELEM);
        d.setItem(COSName.S, COSName.getPDFName(e.type));
        d.setItem(COSName.P, ouder);
        if (e.alt != null) {
            d.setString(COSName.ALT, e.alt);
        }
        if (e.id != null) {
            d.setItem(COSName.ID, new COSString(e.id));
            ids.put(e.id, d);
        }
        if (!e.attributen.isEmpty()) {
            COSArray lijst = new COSArray();
            e.attributen.forEach((eigenaar, waarden) -> {
                COSDictionary a = new COSDictionary();
                a.setItem(COSName.O, COSName.getPDFName(eigenaar));
                waarden.forEach((naam, waarde) -> a.setItem(COSName.getPDFName(naam), cos(waarde)));
                a.setDirect(true);
                lijst.add(a);
            });
            d.setItem(COSName.A, lijst.size() == 1 ? lijst.get(0) : lijst);
        }
        Integer eigenPagina = e.kinderen.stream()
                .filter(Structuur.Inhoud.class::isInstance)
                .map(k -> ((Structuur.Inhoud) k).pagina())
                .findFirst()
                .orElse(null);
        if (eigenPagina != null) {
            d.setItem(COSName.PG, doc.getPage(eigenPagina).getCOSObject());
        }
        COSArray kinderen = new COSArray();
        for (Object k : e.kinderen) {
            if (k instanceof Structuur.Element sub) {
                kinderen.add(element(sub, d));
            } else if (k instanceof Structuur.Inhoud inhoud) {
                ouders.computeIfAbsent(inhoud.pagina(), p -> new TreeMap<>()).put(inhoud.mcid(), d);
                if (eigenPagina != null && inhoud.pagina() == eigenPagina) {
                    kinderen.add(COSInteger.get(inhoud.mcid()));
                } else {
                    COSDictionary mcr = new COSDictionary();
                    mcr.setItem(COSName.TYPE, MCR);
                    mcr.setItem(COSName.PG, doc.getPage(inhoud.pagina()).getCOSObject());
                    mcr.setInt(COSName.MCID, inhoud.mcid());
                    mcr.setDirect(true);
                    kinderen.add(mcr);
                }
            } else if (k instanceof Structuur.Koppeling koppeling) {
                for (Link l : links.getOrDefault(koppeling.bestemming(), List.of())) {
                    l.annotatie().setContents(koppeling.omschrijving());
                    l.annotatie().setPrinted(true);
                    COSDictionary objr = new COSDictionary();
                    objr.setItem(COSName.TYPE, OBJR);
                    objr.setItem(COSName.PG, l.pagina().getCOSObject());
                    objr.setItem(COSName.OBJ, l.annotatie().getCOSObject());
                    objr.setDirect(true);
                    kinderen.add(objr);
                    annotatieOuders.put(l.annotatie().getCOSObject(), d);
                }
            }
        }
        d.setItem(COSName.K, kinderen);
        return d;
    }

    private static COSBase cos(Object waarde) {
        if (waarde instanceof Integer i) {
            return COSInteger.get(i);
        }
        if (waarde instanceof float[] getallen) {
            COSArray a = new COSArray();
            for (float f : getallen) {
                a.add(new COSFloat(f));
            }
            return a;
        }
        return COSName.getPDFName(waarde.toString());
    }

    /**
     * The link annotations of the footnote references, by the named destination they go to. OpenPDF points a local
     * link at the destination object itself, which it also lists under its name in the catalog's Dests tree.
     */
    private void verzamelLinks() throws IOException {
        Map<COSBase, String> namen = new IdentityHashMap<>();
        var namenboom = doc.getDocumentCatalog().getNames();
        if (namenboom != null && namenboom.getDests() != null) {
            verzamelNamen(namenboom.getDests(), namen);
        }
        for (PDPage p : doc.getPages()) {
            for (PDAnnotation a : p.getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    String naam = bestemming(link, namen);
                    if (naam != null) {
                        links.computeIfAbsent(naam, n -> new ArrayList<>()).add(new Link(link, p));
                    }
                }
            }
        }
    }

    private static void verzamelNamen(PDDestinationNameTreeNode knoop, Map<COSBase, String> namen) throws IOException {
        if (knoop.getNames() != null) {
            knoop.getNames().forEach((naam, bestemming) -> namen.put(bestemming.getCOSObject(), naam));
        }
        if (knoop.getKids() != null) {
            for (var kind : knoop.getKids()) {
                verzamelNamen((PDDestinationNameTreeNode) kind, namen);
            }
        }
    }

    private static String bestemming(PDAnnotationLink link, Map<COSBase, String> namen) throws IOException {
        PDDestination d = link.getDestination();
        PDAction actie = link.getAction();
        if (d == null && actie instanceof PDActionGoTo goTo) {
            d = goTo.getDestination();
        }
        if (d instanceof PDNamedDestination n) {
            return n.getNamedDestination();
        }
        return d == null ? null : namen.get(d.getCOSObject());
    }
}
