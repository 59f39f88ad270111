package nl.bzk.spreiding.figures.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.bzk.spreiding.figures.service.Cijferoverzicht.Regel;
import nl.bzk.spreiding.platform.CsvBestand;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Nederlands;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The dashboard's tables as files for people: headings in words ("Fte 1 januari 2025"), names beside the codes a
 * spreadsheet user may want to look up, FTE with two decimals and percentages with one, as exact numbers (XLSX) or with
 * a decimal comma (CSV, {@link CsvBestand}).
 */
public final class Cijfertabellen {

    private Cijfertabellen() {}

    /** A cell: text, an FTE figure or a percentage (null: empty). */
    public sealed interface Cel permits Tekst, Fte, Procent {}

    public record Tekst(String tekst) implements Cel {}

    public record Fte(BigDecimal fte) implements Cel {}

    public record Procent(BigDecimal procent) implements Cel {}

    /** @param naam the sheet's name and the file name's last part */
    /**
     * @param melding the banner of a provisional year (Jaarstatus#getMelding), printed above the table in every
     *     export; null for a definitief year
     */
    public record Tabel(String naam, String titel, List<String> koppen, List<List<Cel>> rijen, String melding) {
        public Tabel(String naam, String titel, List<String> koppen, List<List<Cel>> rijen) {
            this(naam, titel, koppen, rijen, null);
        }

        Tabel metMelding(String m) {
            return new Tabel(naam, titel, koppen, rijen, m);
        }
    }

    /** The tables a name in a download address stands for. */
    public enum Soort {
        PROVINCIES,
        SECTOREN,
        MINISTERIES,
        PROGNOSE
    }

    public static Tabel tabel(
            Soort soort, Dashboard.Beeld b, Map<String, String> sectorNamen, Map<String, String> ministerieNamen) {
        Tabel t = zonderMelding(soort, b, sectorNamen, ministerieNamen);
        return b.jaarstatus() == null ? t : t.metMelding(b.jaarstatus().getMelding());
    }

    private static Tabel zonderMelding(
            Soort soort, Dashboard.Beeld b, Map<String, String> sectorNamen, Map<String, String> ministerieNamen) {
        return switch (soort) {
            case PROVINCIES -> provincies(b);
            case SECTOREN -> regels("sectoren", "Per sector", "Sector", b, b.perSector(), sectorNamen);
            case MINISTERIES ->
                regels("ministeries", "Per ministerie", "Ministerie", b, b.perMinisterie(), ministerieNamen);
            case PROGNOSE -> {
                if (!b.heeftPrognose()) {
                    throw Fout.nietGevonden("Voor " + b.jaar()
                            + " is geen prognose bekend: de cijfers van dat jaar komen uit de historische reeks");
                }
                yield prognose(b);
            }
        };
    }

    public static List<Tabel> alle(
            Dashboard.Beeld b, Map<String, String> sectorNamen, Map<String, String> ministerieNamen) {
        List<Tabel> tabellen = new ArrayList<>();
        for (Soort s : Soort.values()) {
            if (s != Soort.PROGNOSE || b.heeftPrognose()) {
                tabellen.add(tabel(s, b, sectorNamen, ministerieNamen));
            }
        }
        return tabellen;
    }

    static Tabel provincies(Dashboard.Beeld b) {
        List<String> koppen = new ArrayList<>(List.of("Provinciecode", "Provincie"));
        koppen.addAll(jaarkoppen(b));
        if (b.heeftPrognose()) {
            koppen.add("Prognose 1 januari " + b.prognoseJaar() + " (fte)");
            koppen.add("Prognose (%)");
        }
        List<List<Cel>> rijen = new ArrayList<>();
        for (Dashboard.ProvincieBeeld p : b.perProvincie()) {
            List<Cel> rij = new ArrayList<>(List.of(new Tekst(p.cijfers().sleutel()), new Tekst(p.naam())));
            rij.addAll(cijfers(p.cijfers()));
            if (b.heeftPrognose()) {
                rij.add(new Fte(p.prognose()));
                rij.add(new Procent(p.prognoseProcent()));
            }
            rijen.add(rij);
        }
        return new Tabel("provincies", "Per provincie", koppen, rijen);
    }

    private static Tabel regels(
            String naam,
            String titel,
            String soortkop,
            Dashboard.Beeld b,
            List<Regel> regels,
            Map<String, String> namen) {
        List<String> koppen = new ArrayList<>(List.of(soortkop));
        koppen.addAll(jaarkoppen(b));
        List<List<Cel>> rijen = new ArrayList<>();
        for (Regel r : regels) {
            List<Cel> rij = new ArrayList<>(List.of(new Tekst(namen.getOrDefault(r.sleutel(), r.sleutel()))));
            rij.addAll(cijfers(r));
            rijen.add(rij);
        }
        return new Tabel(naam, titel, koppen, rijen);
    }

    private static Tabel prognose(Dashboard.Beeld b) {
        List<String> koppen = List.of(
                "Provincie",
                "Verwachte verandering tot 1 januari " + b.prognoseJaar() + " (fte)",
                "Verwachte verandering (%)",
                "Vooral groei bij",
                "Vooral afname bij");
        List<List<Cel>> rijen = new ArrayList<>();
        for (Dashboard.ProvincieBeeld p : b.perProvincie()) {
            rijen.add(List.of(
                    new Tekst(p.naam()),
                    new Fte(p.prognoseVerandering()),
                    new Procent(p.prognoseProcent()),
                    new Tekst(noem(p.prognoseBijdragen())),
                    new Tekst(noem(p.prognoseAfnames()))));
        }
        return new Tabel("prognose", "Prognose toegelicht", koppen, rijen);
    }

    /** "het Centraal Justitieel Incassobureau (CJIB), 47 fte; Defensie, 12 fte" */
    public static String noem(List<Dashboard.Bijdrage> bijdragen) {
        return bijdragen.stream()
                .map(b -> b.benaming().volledigeNaam() + ", "
                        + Afronding.fte(b.groei().abs()) + " fte")
                .collect(Collectors.joining("; "));
    }

    private static List<String> jaarkoppen(Dashboard.Beeld b) {
        String vorig = b.vorigJaar() == null ? "vorig jaar" : "1 januari " + b.vorigJaar();
        return List.of("Fte 1 januari " + b.jaar(), "Fte " + vorig, "Groei (fte)", "Groei (%)");
    }

    private static List<Cel> cijfers(Regel r) {
        return List.of(new Fte(r.ditJaar()), new Fte(r.vorigJaar()), new Fte(r.groei()), new Procent(r.groeiProcent()));
    }

    /**
     * One table as CSV: UTF-8 with byte-order mark, semicolons, decimal comma. A provisional year's banner is the
     * first line (issue 31), so nobody reads the file as the state of 1 January.
     */
    public static byte[] csv(Tabel t) {
        List<List<String>> rijen = t.rijen().stream()
                .map(r -> r.stream().map(Cijfertabellen::csvCel).toList())
                .toList();
        return t.melding() == null
                ? CsvBestand.schrijf(t.koppen(), rijen)
                : CsvBestand.schrijf(
                        List.of(t.melding()),
                        Stream.concat(Stream.of(t.koppen()), rijen.stream()).toList());
    }

    /** All tables as one workbook, a sheet each, the headings bold and frozen, numbers as numbers. */
    public static byte[] xlsx(List<Tabel> tabellen) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            Workbook werkboek = new Workbook(uit, "Spreiding", "1.0");
            for (Tabel t : tabellen) {
                Worksheet blad = werkboek.newWorksheet(t.titel());
                // A provisional year's banner above the table (issue 31).
                int kop = t.melding() == null ? 0 : 1;
                if (kop == 1) {
                    blad.value(0, 0, t.melding());
                    blad.style(0, 0).bold().fontColor("9C0006").set();
                }
                for (int k = 0; k < t.koppen().size(); k++) {
                    blad.value(kop, k, t.koppen().get(k));
                    blad.style(kop, k).bold().set();
                }
                blad.freezePane(0, kop + 1);
                for (int r = 0; r < t.rijen().size(); r++) {
                    List<Cel> rij = t.rijen().get(r);
                    for (int k = 0; k < rij.size(); k++) {
                        xlsxCel(blad, r + kop + 1, k, rij.get(k));
                    }
                }
            }
            werkboek.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static String csvCel(Cel c) {
        if (c instanceof Fte f) {
            return tekst(f.fte(), Cijfertabellen::fte);
        }
        if (c instanceof Procent p) {
            return tekst(p.procent(), Cijfertabellen::procent);
        }
        String t = ((Tekst) c).tekst();
        return t == null ? "" : t;
    }

    private static void xlsxCel(Worksheet blad, int r, int k, Cel c) {
        if (c instanceof Fte f && f.fte() != null) {
            blad.value(r, k, fte(f.fte()));
            blad.style(r, k).format("#,##0.00").set();
        } else if (c instanceof Procent p && p.procent() != null) {
            blad.value(r, k, procent(p.procent()));
            blad.style(r, k).format("0.0").set();
        } else if (c instanceof Tekst t) {
            blad.value(r, k, t.tekst());
        }
    }

    private static String tekst(BigDecimal waarde, Function<BigDecimal, BigDecimal> afgerond) {
        return waarde == null ? "" : Nederlands.invoer(afgerond.apply(waarde));
    }

    private static BigDecimal fte(BigDecimal waarde) {
        return waarde.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal procent(BigDecimal waarde) {
        return waarde.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
