package nl.bzk.spreiding.figures.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.bzk.spreiding.figures.service.Cijferoverzicht.Regel;
import nl.bzk.spreiding.figures.service.Cijferoverzicht.Toets;
import nl.bzk.spreiding.referentie.entity.Benaming;
import nl.bzk.spreiding.referentie.entity.Provincie;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The figures of one year as the Kamerbrief and Bijlage 1 report them. */
@Stateless
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class Dashboard {

    @Inject
    private Cijfers cijfers;

    @Inject
    private Referentiegegevens referentie;

    @Inject
    private Cijfercache cache;

    @Inject
    @ConfigProperty(name = "spreiding.motie.de-vries", defaultValue = "PV21,PV22,PV29,PV31")
    private String deVries;

    @Inject
    @ConfigProperty(name = "spreiding.motie.bisschop-van-dijk", defaultValue = "PV20,PV21,PV22,PV29,PV31")
    private String bisschopVanDijk;

    @Inject
    @ConfigProperty(name = "spreiding.toezegging.geen-netto-verlies", defaultValue = "PV22")
    private String geenNettoVerlies;

    /**
     * @param prognoseBijdragen the units expected to grow most in the province by the prognosis horizon (the
     *     prognosis explained: "Groningen declines, mostly the NCG"), largest first; empty without ministry detail
     */
    public record ProvincieBeeld(
            Regel cijfers,
            String naam,
            boolean randstad,
            BigDecimal prognose,
            BigDecimal prognoseProcent,
            Boolean bovenGemiddeld,
            List<Bijdrage> grootsteBijdragen,
            List<Bijdrage> grootsteAfnames,
            List<Bijdrage> prognoseBijdragen,
            List<Bijdrage> prognoseAfnames) {

        /**
         * The change this province's prognosis expects, in FTE (prognosis minus the figure on the peildatum); null in
         * a year of the historical series, which has no prognosis.
         */
        public BigDecimal prognoseVerandering() {
            return prognose == null ? null : prognose.subtract(cijfers.ditJaar());
        }
    }

    /** A contributor to a province's growth or decline ({@code sleutel}: unit code, or sector code for a one-organisation sector). */
    public record Bijdrage(String sleutel, Benaming benaming, BigDecimal groei) {}

    public record Beeld(
            int jaar,
            Integer vorigJaar,
            Cijfers.Filter filter,
            BigDecimal totaal,
            BigDecimal totaalVorigJaar,
            BigDecimal groei,
            BigDecimal groeiProcent,
            BigDecimal randstadAandeelGroei,
            BigDecimal prognoseTotaal,
            BigDecimal prognoseProcent,
            int prognoseJaar,
            List<ProvincieBeeld> perProvincie,
            List<Regel> perSector,
            List<Regel> perMinisterie,
            List<Toets> toetsen,
            Jaarstatus jaarstatus) {

        /** A year of the historical series has no prognosis: its prognosis figures are null and not shown. */
        public boolean heeftPrognose() {
            return prognoseTotaal != null;
        }
    }

    /** The figures of a year as the caller may see them; computed once and kept until they change (Cijfercache). */
    public Beeld beeld(int jaar, Cijfers.Filter filter) {
        return cache.haal(beeldsleutel(jaar, filter), () -> bereken(jaar, filter));
    }

    /**
     * A text made from the picture of {@link #beeld} (the dashboard's opening sentence), made once per picture and kept
     * with it under the same key: the same access rules.
     */
    public String tekst(int jaar, Cijfers.Filter filter, String soort, Function<Beeld, String> maak) {
        return cache.haalTekst(beeldsleutel(jaar, filter), soort, () -> maak.apply(beeld(jaar, filter)));
    }

    /**
     * The key of the picture of {@link #beeld}, for everything made from it and kept with it (the JSON, the opening
     * sentence, markup: {@link Cijfercache#haalWeergave}): it holds what the caller may see, so what is kept only
     * reaches callers with the same rights.
     */
    public Cijfercache.Sleutel beeldsleutel(int jaar, Cijfers.Filter filter) {
        return new Cijfercache.Sleutel(jaar, filter, cijfers.zicht());
    }

    /** Written as the API writes its answers (JSON-B's defaults, as the JAX-RS provider uses them). */
    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * The picture of {@link #beeld} written as JSON, once per picture and kept with it: the same access rules (the
     * key holds what the caller may see), no writing per request.
     */
    public Cijfercache.Geschreven beeldGeschreven(int jaar, Cijfers.Filter filter) {
        return cache.haalGeschreven(
                beeldsleutel(jaar, filter),
                () -> Cijfercache.Geschreven.van(
                        JSON.toJson(beeld(jaar, filter)).getBytes(StandardCharsets.UTF_8)));
    }

    private Beeld bereken(int jaar, Cijfers.Filter filter) {
        List<Integer> jaren = cijfers.jaren();
        Jaarstatus status = cijfers.jaarstatus(jaar);
        // Growth needs last year's figures too, and only where the caller may see them (Cijfers decides). A provisional
        // year has no growth and no verdict on the motions (issue 31): a half-filed year would read as a fall.
        Integer vorig = status.definitief()
                        && jaren.contains(jaar - 1)
                        && cijfers.isDefinitief(jaar - 1)
                        && cijfers.magZien(jaar - 1, filter)
                ? jaar - 1
                : null;
        Map<String, BigDecimal> provDit = cijfers.som(jaar, Dimensie.PROVINCIE, filter, false);
        Map<String, BigDecimal> provVorig =
                vorig == null ? Map.of() : cijfers.som(vorig, Dimensie.PROVINCIE, filter, false);
        int horizon = cijfers.horizon(jaar);
        boolean prognose = horizon > jaar; // a year of the historical series has none (heeftPrognose)
        Map<String, BigDecimal> provPrognose =
                prognose ? cijfers.som(jaar, Dimensie.PROVINCIE, filter, true) : Map.of();
        BigDecimal totaal = Cijferoverzicht.som(provDit);
        BigDecimal totaalVorig = vorig == null ? null : Cijferoverzicht.som(provVorig);
        BigDecimal groei = totaalVorig == null ? null : totaal.subtract(totaalVorig);
        BigDecimal groeiProcent = totaalVorig == null ? null : Afronding.procent(groei, totaalVorig);
        BigDecimal prognoseTotaal = prognose ? Cijferoverzicht.som(provPrognose) : null;

        List<Regel> provincies = Cijferoverzicht.regels(provDit, provVorig);
        // Units and sectors are ministry detail: a ministry contact sees them only for their own ministry.
        boolean detail = cijfers.magDetail(filter);
        Map<String, Referentiegegevens.Bijdrager> bijdragers = detail ? referentie.bijdragers() : Map.of();
        // Per province the contributors: units, except that the units of a sector that is one organisation add up to
        // that sector ("Defensie"); their growth since last year, and their expected change by the horizon.
        Map<String, BigDecimal> bijdragersNu =
                detail ? perBijdrager(cijfers.perProvincieEnOnderdeel(jaar, filter, false), bijdragers) : Map.of();
        Map<String, List<Regel>> perProvincieBijdrager = !detail
                ? Map.of()
                : perProvincie(
                        bijdragersNu,
                        vorig == null
                                ? Map.of()
                                : perBijdrager(cijfers.perProvincieEnOnderdeel(vorig, filter, false), bijdragers));
        Map<String, List<Regel>> perProvincieVerwacht = !detail || !prognose
                ? Map.of()
                : perProvincie(
                        perBijdrager(cijfers.perProvincieEnOnderdeel(jaar, filter, true), bijdragers), bijdragersNu);
        Map<String, Benaming> benamingen = new HashMap<>();
        bijdragers.values().forEach(b -> benamingen.put(b.code(), b.benaming()));
        Map<String, Provincie> referentieProvincies = referentie.provincies().stream()
                .collect(Collectors.toMap(Provincie::getCode, p -> p, (a, b) -> a, LinkedHashMap::new));
        List<ProvincieBeeld> beelden = referentieProvincies.values().stream()
                .map(p -> {
                    Regel r = provincies.stream()
                            .filter(x -> x.sleutel().equals(p.getCode()))
                            .findFirst()
                            .orElse(new Regel(
                                    p.getCode(),
                                    BigDecimal.ZERO,
                                    vorig == null ? null : BigDecimal.ZERO,
                                    vorig == null ? null : BigDecimal.ZERO,
                                    null));
                    BigDecimal verwacht = prognose ? provPrognose.getOrDefault(p.getCode(), BigDecimal.ZERO) : null;
                    List<Regel> onderdelen = perProvincieBijdrager.getOrDefault(p.getCode(), List.of());
                    List<Regel> verwachtPerBijdrager = perProvincieVerwacht.getOrDefault(p.getCode(), List.of());
                    Boolean boven = groeiProcent == null || r.groeiProcent() == null || !p.isToeTeDelen()
                            ? null
                            : r.groeiProcent().compareTo(groeiProcent) >= 0;
                    return new ProvincieBeeld(
                            r,
                            p.getNaam(),
                            p.isRandstad(),
                            verwacht,
                            verwacht == null ? null : Afronding.procent(verwacht.subtract(r.ditJaar()), r.ditJaar()),
                            boven,
                            bijdragen(Cijferoverzicht.grootsteBijdragen(onderdelen, 4), benamingen),
                            bijdragen(Cijferoverzicht.grootsteAfnames(onderdelen, 3), benamingen),
                            bijdragen(Cijferoverzicht.grootsteBijdragen(verwachtPerBijdrager, 3), benamingen),
                            bijdragen(Cijferoverzicht.grootsteAfnames(verwachtPerBijdrager, 3), benamingen));
                })
                .toList();

        Set<String> randstad = referentieProvincies.values().stream()
                .filter(Provincie::isRandstad)
                .map(Provincie::getCode)
                .collect(Collectors.toSet());
        List<Regel> sectoren = !detail
                ? List.of()
                : Cijferoverzicht.regels(
                        cijfers.som(jaar, Dimensie.SECTOR, filter, false),
                        vorig == null ? Map.of() : cijfers.som(vorig, Dimensie.SECTOR, filter, false));
        List<Regel> ministeries = Cijferoverzicht.regels(
                cijfers.som(jaar, Dimensie.MINISTERIE, filter, false),
                vorig == null ? Map.of() : cijfers.som(vorig, Dimensie.MINISTERIE, filter, false));
        List<Toets> toetsen = !status.definitief()
                ? List.of()
                : List.of(
                        Cijferoverzicht.nietAchterblijven(
                                "motie-De Vries",
                                "Blijven niet achter bij de landelijke ontwikkeling",
                                provincies,
                                set(deVries),
                                groeiProcent),
                        Cijferoverzicht.nietAchterblijven(
                                "motie-Bisschop/Inge van Dijk",
                                "Groeien minstens zo hard als het landelijk gemiddelde",
                                provincies,
                                set(bisschopVanDijk),
                                groeiProcent),
                        Cijferoverzicht.geenNettoVerlies(
                                "toezegging geen netto verlies", provincies, set(geenNettoVerlies)));
        return new Beeld(
                jaar,
                vorig,
                filter,
                totaal,
                totaalVorig,
                groei,
                groeiProcent,
                Cijferoverzicht.aandeelGroei(provincies, randstad, groei),
                prognoseTotaal,
                prognose ? Afronding.procent(prognoseTotaal.subtract(totaal), totaal) : null,
                horizon,
                beelden,
                sectoren,
                ministeries,
                toetsen,
                status);
    }

    private static List<Bijdrage> bijdragen(List<Regel> regels, Map<String, Benaming> benamingen) {
        return regels.stream()
                .map(r -> new Bijdrage(
                        r.sleutel(),
                        benamingen.getOrDefault(r.sleutel(), new Benaming(r.sleutel(), null, null)),
                        r.groei()))
                .toList();
    }

    /**
     * Rows keyed "province|contributor" grouped per province, with the change from {@code oud} to {@code dit}; a
     * contributor without an earlier figure counts as all new.
     */
    private static Map<String, List<Regel>> perProvincie(Map<String, BigDecimal> dit, Map<String, BigDecimal> oud) {
        Map<String, List<Regel>> perProvincie = new LinkedHashMap<>();
        for (Regel r : Cijferoverzicht.regels(dit, oud)) {
            String[] delen = r.sleutel().split("\\|");
            perProvincie
                    .computeIfAbsent(delen[0], k -> new ArrayList<>())
                    .add(new Regel(
                            delen[1],
                            r.ditJaar(),
                            r.vorigJaar() == null ? BigDecimal.ZERO : r.vorigJaar(),
                            r.groei() == null ? r.ditJaar() : r.groei(),
                            r.groeiProcent()));
        }
        return perProvincie;
    }

    public List<Integer> jaren() {
        return cache.haalJaren(cijfers::jaren);
    }

    /** Whether the figures of a year count (issue 31). */
    public Jaarstatus jaarstatus(int jaar) {
        return cijfers.jaarstatus(jaar);
    }

    /** The years whose figures are definitief, oldest first: the ones a letter may report. */
    public List<Integer> definitieveJaren() {
        return jaren().stream().filter(cijfers::isDefinitief).toList();
    }

    /**
     * The years a letter can report: definitief and from a round (a year of the historical series has no prognosis),
     * oldest first.
     */
    public List<Integer> briefjaren() {
        return definitieveJaren().stream().filter(this::heeftPrognose).toList();
    }

    /**
     * The year a view opens on: the last definitief one (a provisional year only when asked for on purpose), or the
     * last year with figures when none is definitief yet; null without figures.
     */
    public Integer standaardJaar() {
        List<Integer> definitief = definitieveJaren();
        if (!definitief.isEmpty()) {
            return definitief.get(definitief.size() - 1);
        }
        List<Integer> alle = jaren();
        return alle.isEmpty() ? null : alle.get(alle.size() - 1);
    }

    /** The years whose figures come from the historical series. */
    public Set<Integer> historischeJaren() {
        return cijfers.historischeJaren();
    }

    /** Whether the year has a prognosis: a year of the historical series has none. */
    public boolean heeftPrognose(int jaar) {
        return cijfers.horizon(jaar) > jaar;
    }

    /** One line of the development: a province, sector or ministry by name, its FTE per year (null: no figure). */
    public record Reeks(String sleutel, String naam, List<BigDecimal> fte) {}

    /**
     * The development since the first year with figures, per province, sector or ministry.
     *
     * @param voorlopig the provisional years among {@code jaren} (only when asked for; marked on the chart)
     */
    public record Ontwikkeling(Dimensie per, List<Integer> jaren, List<Reeks> reeksen, List<Integer> voorlopig) {}

    /** The development over the definitief years (issue 31: a provisional year would read as a fall). */
    public Ontwikkeling ontwikkeling(Dimensie per, Cijfers.Filter filter) {
        return ontwikkeling(per, filter, false);
    }

    /** As above; with {@code metVoorlopig} the provisional years too, listed in {@link Ontwikkeling#voorlopig}. */
    public Ontwikkeling ontwikkeling(Dimensie per, Cijfers.Filter filter, boolean metVoorlopig) {
        return cache.haal(
                new Cijfercache.Ontwikkelingsleutel(per, filter, cijfers.zicht(), metVoorlopig),
                () -> berekenOntwikkeling(per, filter, metVoorlopig));
    }

    private Ontwikkeling berekenOntwikkeling(Dimensie per, Cijfers.Filter filter, boolean metVoorlopig) {
        Map<Integer, Map<String, BigDecimal>> perJaar = new TreeMap<>(cijfers.perJaar(per, filter));
        if (!metVoorlopig) {
            perJaar.keySet().removeIf(j -> !cijfers.isDefinitief(j));
        }
        List<Integer> jaren = List.copyOf(perJaar.keySet());
        Map<String, String> namen = new LinkedHashMap<>();
        switch (per) {
            case PROVINCIE -> referentie.provincies().forEach(p -> namen.put(p.getCode(), p.getNaam()));
            case SECTOR -> referentie.sectoren().forEach(s -> namen.put(s.getCode(), s.getNaam()));
            case MINISTERIE -> referentie.ministeries().forEach(m -> namen.put(m.getCode(), m.getNaam()));
            default -> throw new IllegalArgumentException("Geen ontwikkeling per " + per);
        }
        List<Reeks> reeksen = new ArrayList<>();
        namen.forEach((code, naam) -> {
            List<BigDecimal> fte =
                    jaren.stream().map(j -> perJaar.get(j).get(code)).toList();
            if (fte.stream().anyMatch(f -> f != null)) {
                reeksen.add(new Reeks(code, naam, fte));
            }
        });
        return new Ontwikkeling(
                per,
                jaren,
                reeksen,
                jaren.stream().filter(j -> !cijfers.isDefinitief(j)).toList());
    }

    /** The national total per definitief year (the bar chart); provisional years are left out (issue 31). */
    public Map<Integer, BigDecimal> totaalPerJaar(Cijfers.Filter filter) {
        return cache.haal(new Cijfercache.Totaalsleutel(filter, cijfers.zicht()), () -> {
            Map<Integer, BigDecimal> totalen = new TreeMap<>(cijfers.totaalPerJaar(filter));
            totalen.keySet().removeIf(j -> !cijfers.isDefinitief(j));
            return totalen;
        });
    }

    /** "PV21|DEF-CLAS" and "PV21|DEF-KMAR" become "PV21|DEFENSIE". */
    private static Map<String, BigDecimal> perBijdrager(
            Map<String, BigDecimal> perOnderdeel, Map<String, Referentiegegevens.Bijdrager> bijdragers) {
        Map<String, BigDecimal> som = new LinkedHashMap<>();
        perOnderdeel.forEach((sleutel, fte) -> {
            String[] delen = sleutel.split("\\|");
            Referentiegegevens.Bijdrager b = bijdragers.get(delen[1]);
            som.merge(delen[0] + "|" + (b == null ? delen[1] : b.code()), fte, BigDecimal::add);
        });
        return som;
    }

    private static Set<String> set(String lijst) {
        return Arrays.stream(lijst.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
