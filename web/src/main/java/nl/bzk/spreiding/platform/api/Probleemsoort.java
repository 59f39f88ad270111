package nl.bzk.spreiding.platform.api;

import java.util.Arrays;

/**
 * The kinds of problem the API reports (RFC 9457 {@code type} and {@code title}), one per HTTP status it uses. The
 * types are URNs: stable identifiers a client can switch on, not pages to fetch.
 */
public enum Probleemsoort {
    ONGELDIG_VERZOEK(400, "ongeldig-verzoek", "Het verzoek is ongeldig"),
    NIET_INGELOGD(401, "niet-ingelogd", "Niet ingelogd"),
    GEEN_TOEGANG(403, "geen-toegang", "Geen toegang"),
    NIET_GEVONDEN(404, "niet-gevonden", "Niet gevonden"),
    HANDELING_NIET_MOGELIJK(405, "handeling-niet-mogelijk", "Deze handeling is hier niet mogelijk"),
    FORMAAT_NIET_LEVERBAAR(406, "formaat-niet-leverbaar", "Dit formaat kan niet worden geleverd"),
    CONFLICT(409, "conflict", "Past niet bij de huidige stand"),
    TE_GROOT(413, "te-groot", "Het verzoek is te groot"),
    FORMAAT_NIET_ONDERSTEUND(415, "formaat-niet-ondersteund", "Dit soort gegevens wordt niet geaccepteerd"),
    TE_VAAK(429, "te-vaak", "Te veel pogingen"),
    FOUT_IN_SPREIDING(500, "fout-in-spreiding", "Er ging iets mis in Spreiding"),
    NIET_BESCHIKBAAR(503, "niet-beschikbaar", "Tijdelijk niet beschikbaar");

    private static final String VOORVOEGSEL = "urn:nl:bzk:spreiding:probleem:";

    private final int status;
    private final String code;
    private final String titel;

    Probleemsoort(int status, String code, String titel) {
        this.status = status;
        this.code = code;
        this.titel = titel;
    }

    /** The kind for a status; another 4xx counts as an invalid request, another 5xx as a failure in Spreiding. */
    public static Probleemsoort van(int status) {
        return Arrays.stream(values())
                .filter(s -> s.status == status)
                .findFirst()
                .orElse(status >= 500 ? FOUT_IN_SPREIDING : ONGELDIG_VERZOEK);
    }

    public String type() {
        return VOORVOEGSEL + code;
    }

    public String titel() {
        return titel;
    }
}
