package nl.bzk.spreiding.documents.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a letter dossier adds to a document's snapshot: the drafter's text blocks for this year (key to paragraphs)
 * and the approval route as the beslisnota's paraaf block prints it. Snapshots made outside a dossier have none, and
 * the templates then print their standard text. The letter's Betreft comes with it.
 */
public record Dossierinhoud(Map<String, List<String>> teksten, List<Paraaf> parafen, String betreft) {

    public Dossierinhoud(Map<String, List<String>> teksten, List<Paraaf> parafen) {
        this(teksten, parafen, null);
    }

    /** One line of the paraaf block: the step's function, and who approved when (both empty while open). */
    public record Paraaf(String functie, String naam, LocalDate datum) {}

    public Dossierinhoud {
        teksten = Map.copyOf(teksten);
        parafen = List.copyOf(parafen);
    }
}
