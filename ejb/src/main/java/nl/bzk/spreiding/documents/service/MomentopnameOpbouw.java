package nl.bzk.spreiding.documents.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.bzk.spreiding.actionplan.entity.Maatregel;
import nl.bzk.spreiding.actionplan.entity.MaatregelStand;
import nl.bzk.spreiding.actionplan.entity.Rapportageperiode;
import nl.bzk.spreiding.cases.entity.Casus;
import nl.bzk.spreiding.documents.service.Momentopname.Actieplanstand;
import nl.bzk.spreiding.documents.service.Momentopname.Casusstand;
import nl.bzk.spreiding.documents.service.Momentopname.Cijferbeeld;
import nl.bzk.spreiding.documents.service.Momentopname.Cijferregel;
import nl.bzk.spreiding.documents.service.Momentopname.Documentgegevens;
import nl.bzk.spreiding.documents.service.Momentopname.Fte;
import nl.bzk.spreiding.documents.service.Momentopname.Groei;
import nl.bzk.spreiding.documents.service.Momentopname.Jaartotaal;
import nl.bzk.spreiding.documents.service.Momentopname.Maatregelstand;
import nl.bzk.spreiding.documents.service.Momentopname.Onderdeel;
import nl.bzk.spreiding.documents.service.Momentopname.Ondertekening;
import nl.bzk.spreiding.documents.service.Momentopname.Ontwikkelingsbeeld;
import nl.bzk.spreiding.documents.service.Momentopname.Paraaf;
import nl.bzk.spreiding.documents.service.Momentopname.Periode;
import nl.bzk.spreiding.documents.service.Momentopname.Procent;
import nl.bzk.spreiding.documents.service.Momentopname.Prognose;
import nl.bzk.spreiding.documents.service.Momentopname.Provincieontwikkeling;
import nl.bzk.spreiding.documents.service.Momentopname.Provincieregel;
import nl.bzk.spreiding.documents.service.Momentopname.Route;
import nl.bzk.spreiding.documents.service.Momentopname.Standtelling;
import nl.bzk.spreiding.documents.service.Momentopname.Toets;
import nl.bzk.spreiding.documents.service.Momentopname.Toetsprovincie;
import nl.bzk.spreiding.documents.service.Momentopname.Verklaring;
import nl.bzk.spreiding.documents.service.Momentopname.Verklaringsdeel;
import nl.bzk.spreiding.figures.service.Afronding;
import nl.bzk.spreiding.figures.service.Cijferoverzicht;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.platform.Invoer;
import nl.bzk.spreiding.platform.Nederlands;

/**
 * Builds the snapshot a template sees (documented in docs/documents.md) from the dashboard's figures, the action plan,
 * the cases and the letter dossier. Every text is formatted with the one rounding rule of {@link Afronding}; which
 * provinces are above or below average, decline or grow is decided here once, from the exact figures.
 */
public final class MomentopnameOpbouw {

    private static final String[] TELWOORDEN = {
        "geen", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"
    };

    private MomentopnameOpbouw() {}

    /** The parts of a snapshot, each built by a method of this class. */
    public static Momentopname momentopname(
            Documentgegevens document,
            Cijferbeeld cijfers,
            Ontwikkelingsbeeld ontwikkeling,
            Actieplanstand actieplan,
            List<Casusstand> casussen,
            Dossierinhoud dossier) {
        return new Momentopname(
                Momentopname.VERSIE,
                document,
                cijfers,
                actieplan,
                casussen,
                dossier == null ? null : teksten(dossier),
                dossier == null ? null : route(dossier),
                ontwikkeling);
    }

    /** Bijlage 1 shows the provinces for at most this many years (the document's year and those before it). */
    public static final int RECENTE_JAREN = 6;

    /**
     * The development up to {@code jaar}: the national total of every year since the first, with its growth, and per
     * province the last {@link #RECENTE_JAREN} years.
     *
     * @param perProvincie the development per province over all years with figures (later years are left out)
     * @param historisch the years whose figures come from the historical series
     */
    public static Ontwikkelingsbeeld ontwikkeling(
            int jaar, Dashboard.Ontwikkeling perProvincie, Map<Integer, BigDecimal> totalen, Set<Integer> historisch) {
        List<Integer> jaren =
                totalen.keySet().stream().filter(j -> j <= jaar).sorted().toList();
        List<Jaartotaal> reeks = new ArrayList<>();
        BigDecimal vorige = null;
        Integer vorigJaar = null;
        for (int j : jaren) {
            BigDecimal totaal = totalen.get(j);
            // Growth only from the year directly before: a gap in the series is no year's growth.
            Groei groei = vorige == null || vorigJaar != j - 1
                    ? null
                    : groei(totaal.subtract(vorige), Afronding.procent(totaal.subtract(vorige), vorige));
            reeks.add(new Jaartotaal(j, peildatum(j), fte(totaal), groei, historisch.contains(j)));
            vorige = totaal;
            vorigJaar = j;
        }
        List<Integer> recent = jaren.subList(Math.max(0, jaren.size() - RECENTE_JAREN), jaren.size());
        List<Provincieontwikkeling> provincies = perProvincie.reeksen().stream()
                .map(r -> new Provincieontwikkeling(
                        r.sleutel(),
                        r.naam(),
                        recent.stream()
                                .map(j -> {
                                    int i = perProvincie.jaren().indexOf(j);
                                    BigDecimal f = i < 0 ? null : r.fte().get(i);
                                    return f == null ? new Fte(null, "–") : fte(f);
                                })
                                .toList()))
                .toList();
        return new Ontwikkelingsbeeld(
                jaren.isEmpty() ? null : jaren.get(0),
                jaren.isEmpty() ? null : peildatum(jaren.get(0)),
                reeks,
                List.copyOf(recent),
                provincies);
    }

    /** The text blocks: key to paragraphs, every known block present (empty when the drafter wrote none). */
    static Map<String, List<String>> teksten(Dossierinhoud d) {
        return new LinkedHashMap<>(d.teksten());
    }

    /** The route as the beslisnota's paraaf block prints it: function, name and date (empty while not yet approved). */
    public static Route route(Dossierinhoud d) {
        return new Route(d.parafen().stream()
                .map(p -> new Paraaf(
                        p.functie(), p.naam() == null ? "" : p.naam(), Nederlands.datum(p.datum()), p.naam() != null))
                .toList());
    }

    /** @param v the request with its defaults filled in ({@link Documentgenerator}) */
    public static Documentgegevens document(
            Documentgenerator.Verzoek v, String geometrie, Momentopname.Briefhoofd briefhoofd) {
        return new Documentgegevens(
                v.soort().name(),
                Invoer.ofLeeg(v.kamerstuk()),
                Invoer.ofLeeg(v.vergaderjaar()),
                Invoer.ofLeeg(v.kenmerk()),
                Nederlands.datum(v.datum()),
                v.ondertekenaar(),
                new Ondertekening(v.ondertekenaar(), Invoer.ofLeeg(v.ondertekenaarNaam())),
                geometrie,
                v.dossier() == null ? null : Invoer.ofLeeg(v.dossier().betreft()),
                briefhoofd);
    }

    /**
     * @param toeTeDelen the codes of the twelve provinces (not the group "niet toe te delen"): only these count in
     *                   "groei in elf van de twaalf provincies", the above/below-average lists and the maps
     */
    public static Cijferbeeld cijfers(
            Dashboard.Beeld b,
            Map<String, String> sectorNamen,
            Map<String, String> ministerieNamen,
            Set<String> toeTeDelen) {
        List<Provincieregel> provincies = b.perProvincie().stream()
                .map(p -> provincie(p, toeTeDelen.contains(p.cijfers().sleutel())))
                .toList();
        List<Provincieregel> metGroei = provincies.stream()
                .filter(p -> p.groeiProcent() != null && p.toeTeDelen())
                .sorted(Comparator.comparing(Provincieregel::groeiProcent).reversed())
                .toList();
        int groeiend = (int)
                provincies.stream().filter(p -> p.toeTeDelen() && p.groeit()).count();
        List<Cijferregel> sectoren = regels(b.perSector(), sectorNamen);
        return new Cijferbeeld(
                b.jaar(),
                peildatum(b.jaar()),
                b.vorigJaar(),
                b.vorigJaar() == null ? null : peildatum(b.vorigJaar()),
                fte(b.totaal()),
                b.totaalVorigJaar() == null ? null : fte(b.totaalVorigJaar()),
                b.groei() == null ? null : groei(b.groei(), b.groeiProcent()),
                b.randstadAandeelGroei() == null ? null : procent(b.randstadAandeelGroei()),
                new Prognose(
                        b.prognoseJaar(),
                        fte(b.prognoseTotaal()),
                        b.prognoseProcent(),
                        Afronding.procent(b.prognoseProcent())),
                provincies,
                alle(metGroei, p -> Boolean.TRUE.equals(p.bovenGemiddeld())),
                alle(metGroei, p -> Boolean.FALSE.equals(p.bovenGemiddeld()) && !p.daalt()),
                alle(metGroei, Provincieregel::daalt),
                groeiend,
                groeiend < TELWOORDEN.length ? TELWOORDEN[groeiend] : String.valueOf(groeiend),
                provincies.stream()
                        .filter(p -> p.prognoseProcent() != null && p.toeTeDelen())
                        .sorted(Comparator.comparing(Provincieregel::prognoseProcent)
                                .reversed())
                        .toList(),
                sectoren,
                regels(b.perMinisterie(), ministerieNamen),
                sectoren.stream().max(Comparator.comparing(Cijferregel::fte)).orElse(null),
                sectoren.stream()
                        .filter(s -> s.groeiProcent() != null)
                        .max(Comparator.comparing(Cijferregel::groeiProcent))
                        .orElse(null),
                toetsen(b),
                verklaringen(alle(metGroei, p -> Boolean.TRUE.equals(p.bovenGemiddeld())), Provincieregel::bijdragen),
                verklaringen(
                        alle(metGroei, p -> Boolean.FALSE.equals(p.bovenGemiddeld()) && !p.daalt()),
                        Provincieregel::bijdragen),
                // the largest decline first
                verklaringen(grootsteDalingEerst(alle(metGroei, Provincieregel::daalt)), Provincieregel::afnames),
                b.jaarstatus() == null || b.jaarstatus().definitief()
                        ? null
                        : b.jaarstatus().omschrijving());
    }

    /** The letter explains, it does not list: at most this many provinces of a group are explained (issue 31). */
    static final int VERKLAARD_PER_GROEP = 2;

    /**
     * The explanations of a group ({@code groep} in the order the letter names it): the first {@link
     * #VERKLAARD_PER_GROEP} provinces that have contributing organisations; two driven by the same organisations are
     * explained together ("In Drenthe en Limburg groeide de rijkswerkgelegenheid met name bij Defensie (166 en 114
     * fte)"), as the seed groups where the drivers are the same.
     */
    static List<Verklaring> verklaringen(
            List<Provincieregel> groep, Function<Provincieregel, List<Onderdeel>> drijvers) {
        List<Provincieregel> uitgelegd = groep.stream()
                .filter(p -> !drijvers.apply(p).isEmpty())
                .limit(VERKLAARD_PER_GROEP)
                .toList();
        if (uitgelegd.size() == 2
                && zelfdeOrganisaties(drijvers.apply(uitgelegd.get(0)), drijvers.apply(uitgelegd.get(1)))) {
            return List.of(verklaring(uitgelegd, drijvers));
        }
        return uitgelegd.stream().map(p -> verklaring(List.of(p), drijvers)).toList();
    }

    private static List<Provincieregel> grootsteDalingEerst(List<Provincieregel> dalers) {
        List<Provincieregel> l = new ArrayList<>(dalers);
        Collections.reverse(l);
        return l;
    }

    private static boolean zelfdeOrganisaties(List<Onderdeel> a, List<Onderdeel> b) {
        return a.stream()
                .map(Onderdeel::code)
                .collect(Collectors.toSet())
                .equals(b.stream().map(Onderdeel::code).collect(Collectors.toSet()));
    }

    private static Verklaring verklaring(
            List<Provincieregel> provincies, Function<Provincieregel, List<Onderdeel>> drijvers) {
        List<Verklaringsdeel> delen = drijvers.apply(provincies.get(0)).stream()
                .map(o -> new Verklaringsdeel(
                        o.code(),
                        o.naam(),
                        o.afkorting(),
                        o.lidwoord(),
                        Nederlands.opsomming(provincies.stream()
                                .map(p -> drijvers.apply(p).stream()
                                        .filter(x -> x.code().equals(o.code()))
                                        .findFirst()
                                        .orElseThrow()
                                        .fteTekst())
                                .toList())))
                .toList();
        return new Verklaring(provincies.stream().map(Provincieregel::naam).toList(), delen);
    }

    public static Actieplanstand actieplan(
            Rapportageperiode periode, List<Maatregel> maatregelen, List<MaatregelStand> standen) {
        Map<String, MaatregelStand> perCode = new LinkedHashMap<>();
        standen.forEach(s -> perCode.put(s.getMaatregel().getCode(), s));
        List<Maatregelstand> lijst = new ArrayList<>();
        Map<String, Integer> telling = new LinkedHashMap<>();
        for (Maatregel m : maatregelen) {
            MaatregelStand s = perCode.get(m.getCode());
            String label = s == null ? "Geen stand gemeld" : s.getLabel().getLabel();
            telling.merge(label, 1, Integer::sum);
            lijst.add(new Maatregelstand(
                    m.getCode(),
                    m.getTitel(),
                    m.getDoelstelling(),
                    List.copyOf(m.getActies()),
                    label,
                    s == null ? List.of() : List.copyOf(s.getPunten()),
                    s == null ? null : s.getVerantwoordelijke()));
        }
        List<Standtelling> perStand = new ArrayList<>();
        telling.forEach((label, aantal) -> perStand.add(new Standtelling(label, aantal)));
        return new Actieplanstand(
                new Periode(periode.getNaam(), Nederlands.datum(periode.getPeildatum())), lijst, perStand);
    }

    public static List<Casusstand> casussen(List<Casus> casussen) {
        return casussen.stream()
                .map(c -> new Casusstand(
                        c.getTitel(),
                        c.getOmschrijving(),
                        c.getOnderdeel().getNaam(),
                        c.getOnderdeel().getMinisterie().getNaam(),
                        c.getSoort().inZin(),
                        c.getFte(),
                        Afronding.fte(c.getFte()),
                        c.isDrempelVanToepassing(),
                        c.getNaarProvincie() == null
                                ? null
                                : c.getNaarProvincie().getNaam(),
                        c.getNaarGemeente(),
                        c.getStatus().inZin(),
                        c.getAdvies(),
                        c.getAdviesPositief()))
                .toList();
    }

    private static String peildatum(int jaar) {
        return "1 januari " + jaar;
    }

    private static List<Provincieregel> alle(List<Provincieregel> provincies, Predicate<Provincieregel> waar) {
        return provincies.stream().filter(waar).toList();
    }

    private static Provincieregel provincie(Dashboard.ProvincieBeeld p, boolean toeTeDelen) {
        Cijferregel r = regel(p.cijfers(), p.naam());
        return new Provincieregel(
                r.sleutel(),
                r.naam(),
                r.fte(),
                r.fteTekst(),
                r.vorigFte(),
                r.vorigFteTekst(),
                r.groei(),
                r.groeiTekst(),
                r.groeiProcent(),
                r.groeiProcentTekst(),
                p.cijfers().sleutel(),
                p.randstad(),
                toeTeDelen,
                p.bovenGemiddeld(),
                p.prognose(),
                Afronding.fte(p.prognose()),
                p.prognoseProcent(),
                Afronding.procent(p.prognoseProcent()),
                onderdelen(p.grootsteBijdragen()),
                onderdelen(p.grootsteAfnames()),
                onderdelen(p.prognoseBijdragen()),
                onderdelen(p.prognoseAfnames()));
    }

    private static List<Toets> toetsen(Dashboard.Beeld b) {
        Map<String, String> provincieNamen = new LinkedHashMap<>();
        b.perProvincie().forEach(p -> provincieNamen.put(p.cijfers().sleutel(), p.naam()));
        return b.toetsen().stream()
                .map(t -> new Toets(
                        t.naam(),
                        t.omschrijving(),
                        t.houdt(),
                        t.perProvincie().entrySet().stream()
                                .map(e -> new Toetsprovincie(
                                        e.getKey(), provincieNamen.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                                .toList()))
                .toList();
    }

    private static Cijferregel regel(Cijferoverzicht.Regel r, String naam) {
        return new Cijferregel(
                r.sleutel(),
                naam,
                r.ditJaar(),
                Afronding.fte(r.ditJaar()),
                r.vorigJaar(),
                r.vorigJaar() == null ? "–" : Afronding.fte(r.vorigJaar()),
                r.groei(),
                r.groei() == null ? "–" : Afronding.fte(r.groei()),
                r.groeiProcent(),
                Afronding.procent(r.groeiProcent()));
    }

    private static List<Cijferregel> regels(List<Cijferoverzicht.Regel> regels, Map<String, String> namen) {
        return regels.stream()
                .map(r -> regel(r, namen.getOrDefault(r.sleutel(), r.sleutel())))
                .toList();
    }

    /** A contributor as the letter names it (see Benaming and the template helper noem). */
    private static List<Onderdeel> onderdelen(List<Dashboard.Bijdrage> bijdragen) {
        return bijdragen.stream()
                .map(b -> new Onderdeel(
                        b.sleutel(),
                        b.benaming().naam(),
                        b.benaming().afkorting(),
                        b.benaming().lidwoord(),
                        b.groei().abs(),
                        Afronding.fte(b.groei().abs())))
                .toList();
    }

    private static Fte fte(BigDecimal fte) {
        return new Fte(fte, Afronding.fte(fte));
    }

    private static Procent procent(BigDecimal procent) {
        return new Procent(procent, Afronding.procent(procent));
    }

    private static Groei groei(BigDecimal groei, BigDecimal procent) {
        return new Groei(
                groei,
                Afronding.fte(groei.abs()),
                procent,
                Afronding.procent(procent == null ? null : procent.abs()),
                groei.signum() >= 0);
    }
}
