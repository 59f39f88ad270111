package nl.bzk.spreiding.documents.service;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.platform.Fout;

/**
 * The data a document is generated from (the paths a template can use are listed in docs/documents.md), typed and
 * stored as JSON through JSON-B. Every figure comes twice: the exact number for conditions and maps and the text as
 * the letter prints it.
 *
 * <p>The template never sees these records but the tree parsed back from the stored JSON ({@link #voorSjabloon}),
 * also the first time: what is stored is exactly what was rendered, a template reaches no Java object, and a snapshot
 * written by an earlier version (without {@code versie}, or with fields since added) renders as it did.
 *
 * @param versie the shape of the snapshot: absent in the snapshots of the first version (hand-written JSON), {@link
 *     #VERSIE} since JSON-B writes them
 * @param teksten the letter dossier's text blocks (key to paragraphs), null outside a dossier
 * @param route the beslisnota's paraaf block, null outside a dossier
 * @param ontwikkeling the development up to the document's year since the first year with figures (the historical
 *     series included); null in snapshots written before it was added
 */
public record Momentopname(
        Integer versie,
        Documentgegevens document,
        Cijferbeeld cijfers,
        Actieplanstand actieplan,
        List<Casusstand> casussen,
        Map<String, List<String>> teksten,
        Route route,
        Ontwikkelingsbeeld ontwikkeling) {

    /** Version 2: written by JSON-B from these records (version 1, without the field, by a hand-made writer). */
    public static final int VERSIE = 2;

    // Null values are written so that every path of the table in docs/documents.md is present in each snapshot.
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    /**
     * @param ondertekenaar the function again, for templates written before the name was added
     * @param betreft the letter's subject (the dossier's Betreft); null outside a dossier and in older snapshots
     * @param briefhoofd sender and addressee as configured (spreiding.brief.*); null in older snapshots
     */
    public record Documentgegevens(
            String soort,
            String kamerstuk,
            String vergaderjaar,
            String kenmerk,
            String datum,
            String ondertekenaar,
            Ondertekening ondertekening,
            String geometrie,
            String betreft,
            Briefhoofd briefhoofd) {

        /** The same document dated (the signing date for a letter whose date was left to the signing). */
        public Documentgegevens gedateerd(String nieuweDatum) {
            return new Documentgegevens(
                    soort,
                    kamerstuk,
                    vergaderjaar,
                    kenmerk,
                    nieuweDatum,
                    ondertekenaar,
                    ondertekening,
                    geometrie,
                    betreft,
                    briefhoofd);
        }
    }

    /**
     * The letter head of a ministry letter: the sender block (the ministry and its addresses, printed in the side column)
     * and the addressee (printed top left), one line each; the configured logo (base64 of the image file) and its text
     * alternative, both null without one.
     */
    public record Briefhoofd(List<String> afzender, List<String> geadresseerde, String logo, String logoTekst) {}

    public record Ondertekening(String functie, String naam) {}

    /**
     * The figures of the document's year as the letter writes them.
     *
     * @param voorlopig null for a definitief year; for a provisional one made into a letter by exception (issue 31) its
     *     status ("Voorlopig: 10 van 11 ministeries goedgekeurd"), which Documentopmaak prints on every page
     */
    public record Cijferbeeld(
            Integer jaar,
            String peildatum,
            Integer vorigJaar,
            String vorigePeildatum,
            Fte totaal,
            Fte totaalVorigJaar,
            Groei groei,
            Procent randstadAandeelGroei,
            Prognose prognose,
            List<Provincieregel> provincies,
            List<Provincieregel> bovenGemiddeld,
            List<Provincieregel> onderGemiddeld,
            List<Provincieregel> dalers,
            Integer aantalGroeiend,
            String aantalGroeiendTekst,
            List<Provincieregel> prognoseVolgorde,
            List<Cijferregel> sectoren,
            List<Cijferregel> ministeries,
            Cijferregel grootsteSector,
            Cijferregel snelstGroeiendeSector,
            List<Toets> toetsen,
            List<Verklaring> verklaardBoven,
            List<Verklaring> verklaardOnder,
            List<Verklaring> verklaardDalers,
            String voorlopig) {}

    /**
     * Why one or two provinces of a group grew or declined, as the letter explains it (issue 31): the provinces that
     * the same organisations drove are explained in one sentence. Null in snapshots written before.
     *
     * @param provincies the provinces' names, in the group's order
     * @param delen the organisations, each with its fte per province in the order of {@code provincies}
     */
    public record Verklaring(List<String> provincies, List<Verklaringsdeel> delen) {}

    /**
     * An organisation of a {@link Verklaring}, named as {@link Onderdeel} is (for the template's {@code noem}).
     *
     * @param fteTekst the fte per province as printed: "323", or "166 en 114" for two provinces
     */
    public record Verklaringsdeel(String code, String naam, String afkorting, String lidwoord, String fteTekst) {}

    /**
     * The development for Bijlage 1: the national total of every year since the series began, and per province the
     * figures of the last years ({@code recenteJaren}, at most {@link MomentopnameOpbouw#RECENTE_JAREN}: a page is
     * only so wide).
     */
    public record Ontwikkelingsbeeld(
            Integer eersteJaar,
            String eerstePeildatum,
            List<Jaartotaal> totalen,
            List<Integer> recenteJaren,
            List<Provincieontwikkeling> provincies) {}

    /** @param historisch whether the year's figures come from the historical series rather than a round */
    public record Jaartotaal(Integer jaar, String peildatum, Fte totaal, Groei groei, Boolean historisch) {}

    public record Provincieontwikkeling(String code, String naam, List<Fte> fte) {}

    public record Fte(BigDecimal fte, String tekst) {}

    public record Procent(BigDecimal procent, String tekst) {}

    public record Groei(BigDecimal fte, String tekst, BigDecimal procent, String procentTekst, Boolean toename) {}

    public record Prognose(Integer jaar, Fte totaal, BigDecimal procent, String procentTekst) {}

    /** A row of a breakdown by sector or ministry. */
    public record Cijferregel(
            String sleutel,
            String naam,
            BigDecimal fte,
            String fteTekst,
            BigDecimal vorigFte,
            String vorigFteTekst,
            BigDecimal groei,
            String groeiTekst,
            BigDecimal groeiProcent,
            String groeiProcentTekst) {}

    /**
     * A province's row: the figures of a {@link Cijferregel} and what the letter says about the province; {@code
     * prognoseBijdragen} and {@code prognoseAfnames} name the units behind the expected change (null in version 1).
     */
    public record Provincieregel(
            String sleutel,
            String naam,
            BigDecimal fte,
            String fteTekst,
            BigDecimal vorigFte,
            String vorigFteTekst,
            BigDecimal groei,
            String groeiTekst,
            BigDecimal groeiProcent,
            String groeiProcentTekst,
            String code,
            Boolean randstad,
            Boolean toeTeDelen,
            Boolean bovenGemiddeld,
            BigDecimal prognoseFte,
            String prognoseFteTekst,
            BigDecimal prognoseProcent,
            String prognoseProcentTekst,
            List<Onderdeel> bijdragen,
            List<Onderdeel> afnames,
            List<Onderdeel> prognoseBijdragen,
            List<Onderdeel> prognoseAfnames) {

        boolean groeit() {
            return groei != null && groei.signum() > 0;
        }

        boolean daalt() {
            return groei != null && groei.signum() < 0;
        }
    }

    /** A contributor to a province's change, with what the helper {@code noem} needs to name it. */
    public record Onderdeel(
            String code, String naam, String afkorting, String lidwoord, BigDecimal fte, String fteTekst) {}

    public record Toets(String naam, String omschrijving, Boolean houdt, List<Toetsprovincie> provincies) {}

    public record Toetsprovincie(String code, String naam, Boolean houdt) {}

    public record Actieplanstand(Periode periode, List<Maatregelstand> maatregelen, List<Standtelling> perStand) {}

    public record Periode(String naam, String peildatum) {}

    public record Maatregelstand(
            String code,
            String titel,
            String doelstelling,
            List<String> acties,
            String stand,
            List<String> punten,
            String verantwoordelijke) {}

    public record Standtelling(String stand, Integer aantal) {}

    public record Casusstand(
            String titel,
            String omschrijving,
            String onderdeel,
            String ministerie,
            String soort,
            BigDecimal fte,
            String fteTekst,
            Boolean drempel,
            String naarProvincie,
            String naarGemeente,
            String status,
            String advies,
            Boolean adviesPositief) {}

    public record Route(List<Paraaf> parafen) {}

    /** A line of the paraaf block: empty name and date while not yet approved. */
    public record Paraaf(String functie, String naam, String datum, Boolean geparafeerd) {}

    /** The version this snapshot was written in (1 for the snapshots before the field existed). */
    public int gelezenVersie() {
        return versie == null ? 1 : versie;
    }

    /** The same snapshot with the paraaf block of the route as it stands now, written as the current version. */
    public Momentopname metRoute(Route nieuweRoute) {
        return new Momentopname(VERSIE, document, cijfers, actieplan, casussen, teksten, nieuweRoute, ontwikkeling);
    }

    /** This snapshot with the document's date set, when it had none (see {@link Documentgegevens#gedateerd}). */
    public Momentopname gedateerd(String datum) {
        if (document == null || (document.datum() != null && !document.datum().isBlank())) {
            return this;
        }
        return new Momentopname(
                VERSIE, document.gedateerd(datum), cijfers, actieplan, casussen, teksten, route, ontwikkeling);
    }

    public String naarJson() {
        return JSONB.toJson(this);
    }

    /** Reads a stored snapshot of any version; fields a version did not have stay null. */
    public static Momentopname lees(String json) {
        try {
            return JSONB.fromJson(json, Momentopname.class);
        } catch (JsonbException e) {
            throw Fout.storing("De momentopname kan niet worden gelezen", e);
        }
    }

    /** A part of a snapshot as a template sees it, written and read back as when stored. */
    static Map<String, Object> alsBoom(Object deel) {
        return voorSjabloon(JSONB.toJson(deel));
    }

    /**
     * The stored JSON as the template sees it: maps, lists, texts, exact decimals and booleans, nothing else. Reading
     * the tree rather than the records keeps a snapshot of any version rendering with the template it was made with.
     */
    public static Map<String, Object> voorSjabloon(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return map(r.readObject());
        }
    }

    private static Map<String, Object> map(JsonObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        o.forEach((k, v) -> m.put(k, waarde(v)));
        return m;
    }

    private static Object waarde(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> map(v.asJsonObject());
            case ARRAY -> {
                List<Object> l = new ArrayList<>();
                v.asJsonArray().forEach(x -> l.add(waarde(x)));
                yield l;
            }
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
