package nl.bzk.spreiding.submission.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.bzk.spreiding.platform.Bevinding;
import nl.bzk.spreiding.platform.Tekst;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;

/**
 * Checks submission lines against the reference data and the rules for figures; collects every problem
 * with row and column. Pure: it reads nothing and stores nothing.
 */
public final class RegelControle {

    public static final int MAX_GEMEENTE = 100;
    public static final int MAX_TOELICHTING = 2000;

    private final Ministerie ministerie;
    private final Map<String, Organisatieonderdeel> onderdelen;
    private final Map<String, Provincie> provincies;
    private final List<String> prognoseKolommen;

    public RegelControle(
            Ministerie ministerie,
            Map<String, Organisatieonderdeel> onderdelen,
            Map<String, Provincie> provincies,
            int[] prognosejaren) {
        this.ministerie = ministerie;
        this.onderdelen = onderdelen;
        this.provincies = provincies;
        this.prognoseKolommen =
                Arrays.stream(prognosejaren).mapToObj(j -> "prognose_" + j).toList();
    }

    public List<String> getPrognoseKolommen() {
        return prognoseKolommen;
    }

    /** A line that passed every check, with its reference data resolved. */
    public record GoedeRegel(
            int rij,
            Organisatieonderdeel onderdeel,
            Provincie provincie,
            String gemeente,
            BigDecimal fte,
            List<BigDecimal> prognose,
            String toelichting) {
        public String sleutel() {
            return onderdeel.getCode() + "|" + provincie.getCode();
        }
    }

    public record Uitkomst(List<GoedeRegel> regels, List<Bevinding> bevindingen) {
        public boolean isGoed() {
            return bevindingen.isEmpty();
        }
    }

    public Uitkomst controleer(List<RegelInvoer> invoer) {
        if (invoer.size() > Invoergrenzen.MAX_RIJEN) {
            // Every entry path (grid, JSON, files) ends here: one bound for all, checked before any row is looked at.
            return new Uitkomst(List.of(), List.of(new Bevinding(null, null, null, Invoergrenzen.teVeelRijen())));
        }
        List<GoedeRegel> goed = new ArrayList<>();
        List<Bevinding> fouten = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        for (RegelInvoer regel : invoer) {
            int foutenVoor = fouten.size();
            int rij = regel.rij();
            Organisatieonderdeel onderdeel = onderdeel(regel, fouten);
            Provincie provincie = provincie(regel, fouten);
            String gemeente = tekst(rij, "gemeente", regel.gemeente(), MAX_GEMEENTE, fouten);
            String toelichting = tekst(rij, "toelichting", regel.toelichting(), MAX_TOELICHTING, fouten);
            BigDecimal fte = getal(rij, "fte", regel.fte(), fouten);
            List<BigDecimal> prognose = new ArrayList<>();
            List<String> prognoseInvoer = regel.prognose() == null ? List.of() : regel.prognose();
            for (int i = 0; i < prognoseKolommen.size(); i++) {
                prognose.add(getal(
                        rij,
                        prognoseKolommen.get(i),
                        i < prognoseInvoer.size() ? prognoseInvoer.get(i) : null,
                        fouten));
            }
            if (prognoseInvoer.size() > prognoseKolommen.size()
                    && prognoseInvoer.subList(prognoseKolommen.size(), prognoseInvoer.size()).stream()
                            .anyMatch(w -> w != null && !w.isBlank())) {
                fouten.add(new Bevinding(
                        rij,
                        "prognose",
                        String.valueOf(prognoseInvoer.size()),
                        "bevat " + prognoseInvoer.size()
                                + " jaren, deze ronde vraagt een prognose voor " + prognoseKolommen.size() + " jaar ("
                                + String.join(", ", prognoseKolommen).replace("prognose_", "") + ")"));
            }
            if (onderdeel != null && provincie != null) {
                String sleutel = onderdeel.getCode() + "|" + provincie.getCode() + "|"
                        + (gemeente == null ? "" : gemeente.toLowerCase(Locale.ROOT));
                Integer eerder = gezien.putIfAbsent(sleutel, rij);
                if (eerder != null) {
                    fouten.add(new Bevinding(
                            rij,
                            "onderdeel",
                            onderdeel.getCode(),
                            "staat dubbel: dezelfde combinatie van onderdeel, provincie"
                                    + (gemeente == null || gemeente.isEmpty() ? "" : " en gemeente")
                                    + " staat al in rij " + eerder));
                }
            }
            if (fouten.size() == foutenVoor) {
                goed.add(new GoedeRegel(
                        rij,
                        onderdeel,
                        provincie,
                        gemeente == null ? "" : gemeente,
                        fte,
                        prognose,
                        toelichting == null || toelichting.isBlank() ? null : toelichting));
            }
        }
        return new Uitkomst(goed, fouten);
    }

    private Organisatieonderdeel onderdeel(RegelInvoer regel, List<Bevinding> fouten) {
        String code = schoon(regel.onderdeel());
        if (code.isEmpty()) {
            fouten.add(new Bevinding(regel.rij(), "onderdeel", "", "is verplicht"));
            return null;
        }
        Organisatieonderdeel onderdeel = onderdelen.get(code.toUpperCase(Locale.ROOT));
        if (onderdeel == null) {
            fouten.add(
                    new Bevinding(regel.rij(), "onderdeel", code, "is geen bekende code van een organisatieonderdeel"));
            return null;
        }
        if (!onderdeel.getMinisterie().getId().equals(ministerie.getId())) {
            fouten.add(new Bevinding(
                    regel.rij(),
                    "onderdeel",
                    code,
                    "hoort bij " + onderdeel.getMinisterie().getNaam() + ", niet bij " + ministerie.getNaam()
                            + "; lever alleen onderdelen van uw eigen ministerie aan"));
            return null;
        }
        if (!onderdeel.isActief()) {
            fouten.add(new Bevinding(regel.rij(), "onderdeel", code, "is niet meer actief"));
            return null;
        }
        return onderdeel;
    }

    private Provincie provincie(RegelInvoer regel, List<Bevinding> fouten) {
        String code = schoon(regel.provincie());
        if (code.isEmpty()) {
            fouten.add(new Bevinding(
                    regel.rij(), "provincie", "", "is verplicht (PV20 t/m PV31, of NTD voor niet toe te delen)"));
            return null;
        }
        Provincie provincie = provincies.get(code.toUpperCase(Locale.ROOT));
        if (provincie == null) {
            fouten.add(new Bevinding(
                    regel.rij(),
                    "provincie",
                    code,
                    "is geen bekende provinciecode (PV20 t/m PV31, of NTD voor niet toe te delen)"));
        }
        return provincie;
    }

    static String tekst(int rij, String kolom, String waarde, int maximum, List<Bevinding> fouten) {
        String tekst = waarde == null ? null : waarde.strip();
        String fout = Tekst.celFout(tekst, maximum);
        if (fout != null) {
            fouten.add(new Bevinding(rij, kolom, tekst, fout));
            return null;
        }
        return Tekst.alinea(tekst);
    }

    static BigDecimal getal(int rij, String kolom, String waarde, List<Bevinding> fouten) {
        Getal.Uitkomst uitkomst = Getal.lees(waarde);
        if (uitkomst.fout() != null) {
            fouten.add(new Bevinding(rij, kolom, waarde == null ? "" : waarde.strip(), uitkomst.fout()));
        }
        return uitkomst.waarde();
    }

    private static String schoon(String code) {
        return code == null ? "" : code.strip();
    }
}
