package nl.bzk.spreiding.documents.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.bzk.spreiding.actionplan.entity.Maatregel;
import nl.bzk.spreiding.actionplan.entity.MaatregelStand;
import nl.bzk.spreiding.actionplan.entity.Rapportageperiode;
import nl.bzk.spreiding.cases.entity.Casus;
import nl.bzk.spreiding.figures.service.Afronding;
import nl.bzk.spreiding.figures.service.Cijferoverzicht.Regel;
import nl.bzk.spreiding.figures.service.Cijferoverzicht.Toets;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.platform.Invoer;
import nl.bzk.spreiding.platform.Nederlands;

/**
 * Builds the snapshot a template sees (documented in docs/documents.md). Every figure comes twice: the exact number
 * for conditions and maps ({@code fte}, {@code procent}) and the text as the letter prints it ({@code fteTekst},
 * {@code procentTekst}), formatted with the one rounding rule of {@link Afronding}.
 */
public final class MomentopnameOpbouw {

    private static final String[] TELWOORDEN = {
        "geen", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"
    };

    private MomentopnameOpbouw() {}

    /** @param dossier the letter dossier's texts and paraaf block, or null outside a dossier */
    public record Aanvraag(
            String soort,
            int jaar,
            String periode,
            String kamerstuk,
            String vergaderjaar,
            String kenmerk,
            LocalDate datum,
            String ondertekenaarFunctie,
            String ondertekenaarNaam,
            Dossierinhoud dossier) {}

    /** The text blocks: key to paragraphs, every known block present (empty when the drafter wrote none). */
    public static Map<String, Object> teksten(Dossierinhoud d) {
        return new LinkedHashMap<>(d.teksten());
    }

    /** The route as the beslisnota's paraaf block prints it: function, name and date (empty while not yet approved). */
    public static Map<String, Object> route(Dossierinhoud d) {
        List<Object> parafen = new ArrayList<>();
        for (Dossierinhoud.Paraaf p : d.parafen()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("functie", p.functie());
            m.put("naam", p.naam() == null ? "" : p.naam());
            m.put("datum", Nederlands.datum(p.datum()));
            m.put("geparafeerd", p.naam() != null);
            parafen.add(m);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("parafen", parafen);
        return r;
    }

    public static Map<String, Object> document(Aanvraag a, String geometrie) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("soort", a.soort());
        d.put("kamerstuk", Invoer.ofLeeg(a.kamerstuk()));
        d.put("vergaderjaar", Invoer.ofLeeg(a.vergaderjaar()));
        d.put("kenmerk", Invoer.ofLeeg(a.kenmerk()));
        d.put("datum", Nederlands.datum(a.datum()));
        // "ondertekenaar" (the function) stays for templates written before the name was added.
        d.put("ondertekenaar", a.ondertekenaarFunctie());
        Map<String, Object> ondertekening = new LinkedHashMap<>();
        ondertekening.put("functie", a.ondertekenaarFunctie());
        ondertekening.put("naam", Invoer.ofLeeg(a.ondertekenaarNaam()));
        d.put("ondertekening", ondertekening);
        d.put("geometrie", geometrie);
        return d;
    }

    /**
     * @param toeTeDelen the codes of the twelve provinces (not the group "niet toe te delen"): only these count in
     *                   "groei in elf van de twaalf provincies", the above/below-average lists and the maps
     */
    public static Map<String, Object> cijfers(
            Dashboard.Beeld b,
            Map<String, String> sectorNamen,
            Map<String, String> ministerieNamen,
            Set<String> toeTeDelen) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("jaar", b.jaar());
        c.put("peildatum", "1 januari " + b.jaar());
        c.put("vorigJaar", b.vorigJaar());
        c.put("vorigePeildatum", b.vorigJaar() == null ? null : "1 januari " + b.vorigJaar());
        c.put("totaal", fte(b.totaal()));
        c.put("totaalVorigJaar", b.totaalVorigJaar() == null ? null : fte(b.totaalVorigJaar()));
        c.put("groei", b.groei() == null ? null : groei(b.groei(), b.groeiProcent()));
        c.put("randstadAandeelGroei", b.randstadAandeelGroei() == null ? null : procent(b.randstadAandeelGroei()));
        Map<String, Object> prognose = new LinkedHashMap<>();
        prognose.put("jaar", b.prognoseJaar());
        prognose.put("totaal", fte(b.prognoseTotaal()));
        prognose.put("procent", b.prognoseProcent());
        prognose.put("procentTekst", Afronding.procent(b.prognoseProcent()));
        c.put("prognose", prognose);

        List<Map<String, Object>> provincies = new ArrayList<>();
        for (Dashboard.ProvincieBeeld p : b.perProvincie()) {
            Map<String, Object> m = regel(p.cijfers(), p.naam());
            m.put("code", p.cijfers().sleutel());
            m.put("randstad", p.randstad());
            m.put("toeTeDelen", toeTeDelen.contains(p.cijfers().sleutel()));
            m.put("bovenGemiddeld", p.bovenGemiddeld());
            m.put("prognoseFte", p.prognose());
            m.put("prognoseFteTekst", Afronding.fte(p.prognose()));
            m.put("prognoseProcent", p.prognoseProcent());
            m.put("prognoseProcentTekst", Afronding.procent(p.prognoseProcent()));
            m.put("bijdragen", onderdelen(p.grootsteBijdragen()));
            m.put("afnames", onderdelen(p.grootsteAfnames()));
            provincies.add(m);
        }
        c.put("provincies", provincies);
        List<Map<String, Object>> metGroei = provincies.stream()
                .filter(p -> p.get("groeiProcent") != null && Boolean.TRUE.equals(p.get("toeTeDelen")))
                .sorted(Comparator.comparing((Map<String, Object> p) -> (BigDecimal) p.get("groeiProcent"))
                        .reversed())
                .toList();
        c.put(
                "bovenGemiddeld",
                metGroei.stream()
                        .filter(p -> Boolean.TRUE.equals(p.get("bovenGemiddeld")))
                        .toList());
        c.put(
                "onderGemiddeld",
                metGroei.stream()
                        .filter(p -> Boolean.FALSE.equals(p.get("bovenGemiddeld"))
                                && ((BigDecimal) p.get("groei")).signum() >= 0)
                        .toList());
        c.put(
                "dalers",
                metGroei.stream()
                        .filter(p -> ((BigDecimal) p.get("groei")).signum() < 0)
                        .toList());
        long groeiers = provincies.stream()
                .filter(p -> Boolean.TRUE.equals(p.get("toeTeDelen"))
                        && p.get("groei") != null
                        && ((BigDecimal) p.get("groei")).signum() > 0)
                .count();
        c.put("aantalGroeiend", (int) groeiers);
        c.put(
                "aantalGroeiendTekst",
                groeiers < TELWOORDEN.length ? TELWOORDEN[(int) groeiers] : String.valueOf(groeiers));
        c.put(
                "prognoseVolgorde",
                provincies.stream()
                        .filter(p -> p.get("prognoseProcent") != null && Boolean.TRUE.equals(p.get("toeTeDelen")))
                        .sorted(Comparator.comparing((Map<String, Object> p) -> (BigDecimal) p.get("prognoseProcent"))
                                .reversed())
                        .toList());

        List<Map<String, Object>> sectoren = regels(b.perSector(), sectorNamen);
        c.put("sectoren", sectoren);
        c.put("ministeries", regels(b.perMinisterie(), ministerieNamen));
        c.put(
                "grootsteSector",
                sectoren.stream()
                        .max(Comparator.comparing(s -> (BigDecimal) s.get("fte")))
                        .orElse(null));
        c.put(
                "snelstGroeiendeSector",
                sectoren.stream()
                        .filter(s -> s.get("groeiProcent") != null)
                        .max(Comparator.comparing(s -> (BigDecimal) s.get("groeiProcent")))
                        .orElse(null));

        List<Map<String, Object>> toetsen = new ArrayList<>();
        Map<String, String> provincieNamen = new LinkedHashMap<>();
        b.perProvincie().forEach(p -> provincieNamen.put(p.cijfers().sleutel(), p.naam()));
        for (Toets t : b.toetsen()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("naam", t.naam());
            m.put("omschrijving", t.omschrijving());
            m.put("houdt", t.houdt());
            List<Map<String, Object>> per = new ArrayList<>();
            t.perProvincie().forEach((code, houdt) -> {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("code", code);
                pm.put("naam", provincieNamen.getOrDefault(code, code));
                pm.put("houdt", houdt);
                per.add(pm);
            });
            m.put("provincies", per);
            toetsen.add(m);
        }
        c.put("toetsen", toetsen);
        return c;
    }

    public static Map<String, Object> actieplan(
            Rapportageperiode periode, List<Maatregel> maatregelen, List<MaatregelStand> standen) {
        Map<String, Object> a = new LinkedHashMap<>();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("naam", periode.getNaam());
        p.put("peildatum", Nederlands.datum(periode.getPeildatum()));
        a.put("periode", p);
        Map<String, MaatregelStand> perCode = new LinkedHashMap<>();
        standen.forEach(s -> perCode.put(s.getMaatregel().getCode(), s));
        List<Map<String, Object>> lijst = new ArrayList<>();
        Map<String, Integer> telling = new LinkedHashMap<>();
        for (Maatregel m : maatregelen) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("code", m.getCode());
            mm.put("titel", m.getTitel());
            mm.put("doelstelling", m.getDoelstelling());
            mm.put("acties", m.getActies());
            MaatregelStand s = perCode.get(m.getCode());
            String label = s == null ? "Geen stand gemeld" : s.getLabel().getLabel();
            mm.put("stand", label);
            mm.put("punten", s == null ? List.of() : s.getPunten());
            mm.put("verantwoordelijke", s == null ? null : s.getVerantwoordelijke());
            telling.merge(label, 1, Integer::sum);
            lijst.add(mm);
        }
        a.put("maatregelen", lijst);
        List<Map<String, Object>> perStand = new ArrayList<>();
        telling.forEach((label, aantal) -> perStand.add(new LinkedHashMap<>(Map.of("stand", label, "aantal", aantal))));
        a.put("perStand", perStand);
        return a;
    }

    public static List<Map<String, Object>> casussen(List<Casus> casussen) {
        List<Map<String, Object>> l = new ArrayList<>();
        for (Casus c : casussen) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("titel", c.getTitel());
            m.put("omschrijving", c.getOmschrijving());
            m.put("onderdeel", c.getOnderdeel().getNaam());
            m.put("ministerie", c.getOnderdeel().getMinisterie().getNaam());
            m.put("soort", c.getSoort().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            m.put("fte", c.getFte());
            m.put("fteTekst", Afronding.fte(c.getFte()));
            m.put("drempel", c.isDrempelVanToepassing());
            m.put(
                    "naarProvincie",
                    c.getNaarProvincie() == null ? null : c.getNaarProvincie().getNaam());
            m.put("naarGemeente", c.getNaarGemeente());
            m.put("status", c.getStatus().inZin());
            m.put("advies", c.getAdvies());
            m.put("adviesPositief", c.getAdviesPositief());
            l.add(m);
        }
        return l;
    }

    private static Map<String, Object> regel(Regel r, String naam) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sleutel", r.sleutel());
        m.put("naam", naam);
        m.put("fte", r.ditJaar());
        m.put("fteTekst", Afronding.fte(r.ditJaar()));
        m.put("vorigFte", r.vorigJaar());
        m.put("vorigFteTekst", r.vorigJaar() == null ? "–" : Afronding.fte(r.vorigJaar()));
        m.put("groei", r.groei());
        m.put("groeiTekst", r.groei() == null ? "–" : Afronding.fte(r.groei()));
        m.put("groeiProcent", r.groeiProcent());
        m.put("groeiProcentTekst", Afronding.procent(r.groeiProcent()));
        return m;
    }

    private static List<Map<String, Object>> regels(List<Regel> regels, Map<String, String> namen) {
        return regels.stream()
                .map(r -> regel(r, namen.getOrDefault(r.sleutel(), r.sleutel())))
                .toList();
    }

    /** A contributor as the letter names it (see Benaming and the template helper noem). */
    private static List<Map<String, Object>> onderdelen(List<Dashboard.Bijdrage> bijdragen) {
        Function<Dashboard.Bijdrage, Map<String, Object>> f = b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", b.sleutel());
            m.put("naam", b.benaming().naam());
            m.put("afkorting", b.benaming().afkorting());
            m.put("lidwoord", b.benaming().lidwoord());
            m.put("fte", b.groei().abs());
            m.put("fteTekst", Afronding.fte(b.groei().abs()));
            return m;
        };
        return bijdragen.stream().map(f).toList();
    }

    private static Map<String, Object> fte(BigDecimal fte) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fte", fte);
        m.put("tekst", Afronding.fte(fte));
        return m;
    }

    private static Map<String, Object> procent(BigDecimal procent) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("procent", procent);
        m.put("tekst", Afronding.procent(procent));
        return m;
    }

    private static Map<String, Object> groei(BigDecimal groei, BigDecimal procent) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fte", groei);
        m.put("tekst", Afronding.fte(groei.abs()));
        m.put("procent", procent);
        m.put("procentTekst", Afronding.procent(procent == null ? null : procent.abs()));
        m.put("toename", groei.signum() >= 0);
        return m;
    }
}
