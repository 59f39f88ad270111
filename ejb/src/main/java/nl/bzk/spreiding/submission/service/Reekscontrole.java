package nl.bzk.spreiding.submission.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.platform.Bevinding;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;

/**
 * Checks the lines of a historical series against the reference data and the rules for figures; collects every
 * problem with row and column. Pure: it reads nothing and stores nothing.
 * <p>
 * Unlike a submission, a series spans ministries (the unit says which) and may name units that are no longer active:
 * they existed then. A year that has a normal round is refused: its figures come from the ministries' submissions.
 */
public final class Reekscontrole {

    /** The series may start here; earlier figures were not kept by unit and province. */
    public static final int EERSTE_JAAR = 1990;

    private final Map<String, Organisatieonderdeel> onderdelen;
    private final Map<String, Provincie> provincies = new HashMap<>();
    private final Set<Integer> rondejaren;
    private final int ditJaar;

    /**
     * @param onderdelen every unit by code, active or not
     * @param provincies the provinces (found by code or by name)
     * @param rondejaren the years that have a normal (not historical) round
     * @param ditJaar the current year: a peildatum after 1 January of it is not history
     */
    public Reekscontrole(
            Map<String, Organisatieonderdeel> onderdelen,
            List<Provincie> provincies,
            Set<Integer> rondejaren,
            int ditJaar) {
        this.onderdelen = onderdelen;
        provincies.forEach(p -> {
            this.provincies.put(p.getCode().toLowerCase(Locale.ROOT), p);
            this.provincies.put(p.getNaam().toLowerCase(Locale.ROOT), p);
        });
        this.rondejaren = rondejaren;
        this.ditJaar = ditJaar;
    }

    /** A line that passed every check, with its reference data resolved. */
    public record GoedeReeksregel(
            int rij, int jaar, Organisatieonderdeel onderdeel, Provincie provincie, String gemeente, BigDecimal fte) {}

    public record Uitkomst(List<GoedeReeksregel> regels, List<Bevinding> bevindingen) {
        public boolean isGoed() {
            return bevindingen.isEmpty();
        }
    }

    public Uitkomst controleer(List<ReeksInvoer> invoer) {
        if (invoer.size() > Invoergrenzen.MAX_RIJEN) {
            return new Uitkomst(List.of(), List.of(new Bevinding(null, null, null, Invoergrenzen.teVeelRijen())));
        }
        List<GoedeReeksregel> goed = new ArrayList<>();
        List<Bevinding> fouten = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        for (ReeksInvoer regel : invoer) {
            int foutenVoor = fouten.size();
            int rij = regel.rij();
            Integer jaar = jaar(regel, fouten);
            Organisatieonderdeel onderdeel = onderdeel(regel, fouten);
            Provincie provincie = provincie(regel, fouten);
            String gemeente =
                    RegelControle.tekst(rij, "gemeente", regel.gemeente(), RegelControle.MAX_GEMEENTE, fouten);
            BigDecimal fte = RegelControle.getal(rij, "fte", regel.fte(), fouten);
            if (jaar != null && onderdeel != null && provincie != null) {
                String sleutel = jaar + "|" + onderdeel.getCode() + "|" + provincie.getCode() + "|"
                        + (gemeente == null ? "" : gemeente.toLowerCase(Locale.ROOT));
                Integer eerder = gezien.putIfAbsent(sleutel, rij);
                if (eerder != null) {
                    fouten.add(new Bevinding(
                            rij,
                            "onderdeel",
                            onderdeel.getCode(),
                            "staat dubbel: hetzelfde jaar, onderdeel en dezelfde provincie"
                                    + (gemeente == null || gemeente.isEmpty() ? "" : " en gemeente")
                                    + " staan al in rij " + eerder));
                }
            }
            if (fouten.size() == foutenVoor) {
                goed.add(new GoedeReeksregel(rij, jaar, onderdeel, provincie, gemeente == null ? "" : gemeente, fte));
            }
        }
        return new Uitkomst(goed, fouten);
    }

    private Integer jaar(ReeksInvoer regel, List<Bevinding> fouten) {
        String tekst = regel.jaar() == null ? "" : regel.jaar().strip();
        if (tekst.isEmpty()) {
            fouten.add(new Bevinding(regel.rij(), "jaar", "", "is verplicht"));
            return null;
        }
        if (!tekst.matches("\\d{4}")) {
            fouten.add(new Bevinding(regel.rij(), "jaar", tekst, "is geen jaartal (vier cijfers, zoals 2018)"));
            return null;
        }
        int jaar = Integer.parseInt(tekst);
        if (jaar < EERSTE_JAAR || jaar > ditJaar) {
            fouten.add(new Bevinding(
                    regel.rij(),
                    "jaar",
                    tekst,
                    "ligt niet tussen " + EERSTE_JAAR + " en " + ditJaar
                            + "; de historische reeks gaat over 1 januari van voorbije jaren"));
            return null;
        }
        if (rondejaren.contains(jaar)) {
            fouten.add(new Bevinding(
                    regel.rij(),
                    "jaar",
                    tekst,
                    "heeft een inventarisatieronde; de cijfers van " + jaar
                            + " komen uit de aanleveringen van de ministeries, niet uit de historische reeks"));
            return null;
        }
        return jaar;
    }

    private Organisatieonderdeel onderdeel(ReeksInvoer regel, List<Bevinding> fouten) {
        String code = regel.onderdeel() == null ? "" : regel.onderdeel().strip();
        if (code.isEmpty()) {
            fouten.add(new Bevinding(regel.rij(), "onderdeel", "", "is verplicht"));
            return null;
        }
        Organisatieonderdeel onderdeel = onderdelen.get(code.toUpperCase(Locale.ROOT));
        if (onderdeel == null) {
            fouten.add(new Bevinding(
                    regel.rij(),
                    "onderdeel",
                    code,
                    "is geen bekende code van een organisatieonderdeel; voeg een onderdeel dat niet meer bestaat "
                            + "eerst toe bij de referentiegegevens (het mag inactief zijn)"));
        }
        return onderdeel;
    }

    private Provincie provincie(ReeksInvoer regel, List<Bevinding> fouten) {
        String tekst = regel.provincie() == null ? "" : regel.provincie().strip();
        if (tekst.isEmpty()) {
            fouten.add(new Bevinding(regel.rij(), "provincie", "", "is verplicht (naam of code van de provincie)"));
            return null;
        }
        Provincie provincie = provincies.get(tekst.toLowerCase(Locale.ROOT));
        if (provincie == null) {
            fouten.add(
                    new Bevinding(
                            regel.rij(),
                            "provincie",
                            tekst,
                            "is geen bekende provincie (naam zoals Groningen of code PV20 t/m PV31, of NTD voor niet toe te delen)"));
        }
        return provincie;
    }
}
