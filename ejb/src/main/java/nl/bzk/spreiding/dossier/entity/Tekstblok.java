package nl.bzk.spreiding.dossier.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.platform.Benoemd;

/**
 * The per-letter text blocks the drafter writes for a year, without changing a template. The key is the name under
 * {@code teksten} in a document's snapshot; the standard templates say where each block appears (docs/documents.md).
 */
public enum Tekstblok implements Benoemd {
    CASUSSEN(
            Documentsoort.KAMERBRIEF,
            "casussen",
            "Casussen (toelichting)",
            "Verschijnt in de Kamerbrief onder de lijst van casussen."),
    STIP_OP_DE_HORIZON(
            Documentsoort.KAMERBRIEF,
            "stipOpDeHorizon",
            "Stip op de horizon",
            "Een eigen paragraaf in de Kamerbrief, vóór de ondertekening."),
    AANLEIDING(
            Documentsoort.BESLISNOTA,
            "aanleiding",
            "Aanleiding",
            "Vervangt de standaardtekst onder Aanleiding in de beslisnota."),
    KERN(Documentsoort.BESLISNOTA, "kern", "Kern", "Verschijnt in de beslisnota onder de kernpunten uit de cijfers."),
    TOELICHTING(
            Documentsoort.BESLISNOTA,
            "toelichting",
            "Toelichting",
            "Verschijnt in de beslisnota na de toelichting uit de cijfers."),
    // The beslisnota's four closing sections (issue 31): each prints its standard text while the block is empty.
    FINANCIELE_OVERWEGINGEN(
            Documentsoort.BESLISNOTA,
            "financieleOverwegingen",
            "Financiële overwegingen",
            "Vervangt in de beslisnota de standaardtekst \"Aan deze brief zijn geen financiële gevolgen verbonden.\""),
    UITVOERING(
            Documentsoort.BESLISNOTA,
            "uitvoering",
            "Uitvoering",
            "Vervangt in de beslisnota de standaardtekst \"Niet van toepassing.\""),
    COMMUNICATIE(
            Documentsoort.BESLISNOTA,
            "communicatie",
            "Communicatie",
            "Vervangt in de beslisnota de standaardtekst \"De brief wordt na verzending gepubliceerd op rijksoverheid.nl.\""),
    NIET_OPENBAAR(
            Documentsoort.BESLISNOTA,
            "nietOpenbaar",
            "Informatie die niet openbaar gemaakt kan worden",
            "Vervangt in de beslisnota de standaardtekst \"Geen.\"");

    /** Long enough for several paragraphs, short enough to keep the snapshot and the page bounded. */
    public static final int MAX_LENGTE = 20_000;

    private final Documentsoort document;
    private final String sleutel;
    private final String label;
    private final String plaats;

    Tekstblok(Documentsoort document, String sleutel, String label, String plaats) {
        this.document = document;
        this.sleutel = sleutel;
        this.label = label;
        this.plaats = plaats;
    }

    public Documentsoort getDocument() {
        return document;
    }

    public String getSleutel() {
        return sleutel;
    }

    @Override
    public String getLabel() {
        return label;
    }

    public String getPlaats() {
        return plaats;
    }

    /** A block from its code or key as an API client sends it. */
    public static Optional<Tekstblok> van(String code) {
        String c = code == null ? "" : code.strip();
        return Arrays.stream(values())
                .filter(b -> b.name().equalsIgnoreCase(c) || b.sleutel.equalsIgnoreCase(c))
                .findFirst();
    }

    /** The text as paragraphs (separated by an empty line), each with its lines joined: what the templates print. */
    public static List<String> alineas(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tekst.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(a -> a.strip().replaceAll("\\s*\n\\s*", " "))
                .filter(a -> !a.isEmpty())
                .toList();
    }
}
