package nl.bzk.spreiding.documents.opmaak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The logical structure of a document as the layout builds it: elements of the standard PDF structure types (H1, P,
 * L, LI, Table, TH, Figure, Note, ...) whose children are other elements, pieces of page content (a page and a
 * marked-content id) or link annotations. {@link Structuurboom} writes it into the PDF as its structure tree; the
 * order of the children is the reading order, which can differ from the order of drawing (a footnote is drawn at
 * the bottom of the page but read after its reference).
 */
final class Structuur {

    /** A marked-content sequence on a page (0-based) with its MCID. */
    record Inhoud(int pagina, int mcid) {}

    /** A link annotation, found back by its named destination when the tree is written. */
    record Koppeling(String bestemming, String omschrijving) {}

    static final class Element {
        final String type;
        final List<Object> kinderen = new ArrayList<>();
        /** Attributes per owner (Table, List, Layout), written as /A. */
        final Map<String, Map<String, Object>> attributen = new LinkedHashMap<>();

        String alt;
        String id;

        Element(String type) {
            this.type = type;
        }

        Element kind(String kindType) {
            Element k = new Element(kindType);
            kinderen.add(k);
            return k;
        }

        Element attribuut(String eigenaar, String naam, Object waarde) {
            attributen.computeIfAbsent(eigenaar, e -> new LinkedHashMap<>()).put(naam, waarde);
            return this;
        }

        /** Whether anything readable ended up in this element (an empty one is left out of the tree). */
        boolean heeftInhoud() {
            return kinderen.stream().anyMatch(k -> !(k instanceof Element e) || e.heeftInhoud());
        }
    }

    final Element document = new Element("Document");
}
