package nl.bzk.spreiding.submission.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Tekst;
import nl.bzk.spreiding.referentie.entity.Ministerie;

/**
 * An inventarisatieronde: the ministries report their FTE on the peildatum (1 January of the year) and a
 * prognosis for the years after it (the horizon, set when the round is made: round 2025 asks for 1 January 2026 to
 * 2029), between opening and deadline.
 */
@Entity
@Table(name = "ronde")
@NamedQuery(name = Ronde.AANTAL, query = "SELECT COUNT(r) FROM Ronde r")
@NamedQuery(name = Ronde.ALLE, query = "SELECT r FROM Ronde r ORDER BY r.jaar DESC")
@NamedQuery(
        name = Ronde.LAATSTE_PROGNOSEJAAR,
        query = "SELECT r.jaar + r.aantalPrognosejaren FROM Ronde r WHERE r.jaar = :jaar")
@NamedQuery(name = Ronde.VAN_JAAR, query = "SELECT r FROM Ronde r WHERE r.jaar = :jaar")
@NamedQuery(name = Ronde.HISTORISCHE, query = "SELECT r FROM Ronde r WHERE r.historisch = TRUE ORDER BY r.jaar")
@NamedQuery(name = Ronde.HISTORISCHE_JAREN, query = "SELECT r.jaar FROM Ronde r WHERE r.historisch = TRUE")
@NamedQuery(name = Ronde.JAREN_NIET_HISTORISCH, query = "SELECT r.jaar FROM Ronde r WHERE r.historisch = FALSE")
public class Ronde {

    public static final String AANTAL = "Ronde.aantal";
    public static final String ALLE = "Ronde.alle";
    public static final String LAATSTE_PROGNOSEJAAR = "Ronde.laatste_prognosejaar";
    public static final String VAN_JAAR = "Ronde.van_jaar";
    public static final String HISTORISCHE = "Ronde.historische";
    public static final String HISTORISCHE_JAREN = "Ronde.historische_jaren";
    public static final String JAREN_NIET_HISTORISCH = "Ronde.jaren_niet_historisch";

    /** The storage holds at most this many prognosis years per line. */
    public static final int MAXIMAAL_PROGNOSEJAREN = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int jaar;
    private LocalDate peildatum;
    private LocalDate opening;
    private LocalDate deadline;

    @Column(name = "prognosejaren")
    private int aantalPrognosejaren;

    @Enumerated(EnumType.STRING)
    private RondeStatus status = RondeStatus.GEPLAND;

    /** Imported figures of a year before the application was in use: accepted as they are, no prognosis. */
    private boolean historisch;

    /** For a historical round: the file its figures came from, when and by whom they were imported. */
    private String bron;

    @Column(name = "ingelezen_op")
    private OffsetDateTime ingelezenOp;

    @Column(name = "ingelezen_door")
    private String ingelezenDoor;

    /** Who recorded that a letter about this provisional year may be made, when and why (issue 31); null: nobody. */
    @Column(name = "voorlopige_brief_door")
    private String voorlopigeBriefDoor;

    @Column(name = "voorlopige_brief_op")
    private OffsetDateTime voorlopigeBriefOp;

    @Column(name = "voorlopige_brief_reden")
    private String voorlopigeBriefReden;

    @Version
    private long version;

    /** The ministries expected to file, fixed when the round opens (issue 31); see {@link #isDefinitief}. */
    @OneToMany(mappedBy = "ronde", cascade = CascadeType.ALL)
    private List<Verwachting> verwachtingen = new ArrayList<>();

    protected Ronde() {}

    public Ronde(int jaar, LocalDate opening, LocalDate deadline, int aantalPrognosejaren) {
        if (aantalPrognosejaren < 1 || aantalPrognosejaren > MAXIMAAL_PROGNOSEJAREN) {
            throw Fout.ongeldig("Veld prognosejaren: " + aantalPrognosejaren
                    + " kan niet; een ronde vraagt een prognose voor 1 tot en met " + MAXIMAAL_PROGNOSEJAREN + " jaar");
        }
        this.aantalPrognosejaren = aantalPrognosejaren;
        this.jaar = jaar;
        this.peildatum = LocalDate.of(jaar, 1, 1);
        this.opening = opening;
        this.deadline = deadline;
    }

    /**
     * The round of a year of the historical series (issue 17): closed from the start and never opened, so no ministry
     * files in it; the peildatum is 1 January as always, and there is no prognosis (the horizon is the year itself).
     */
    public static Ronde historisch(int jaar, String bron, OffsetDateTime op, String door) {
        Ronde ronde = new Ronde();
        ronde.jaar = jaar;
        ronde.peildatum = LocalDate.of(jaar, 1, 1);
        ronde.opening = ronde.peildatum;
        ronde.deadline = ronde.peildatum;
        ronde.aantalPrognosejaren = 0;
        ronde.status = RondeStatus.GESLOTEN;
        ronde.historisch = true;
        ronde.opnieuwIngelezen(bron, op, door);
        return ronde;
    }

    /** A historical round's figures replaced by a new import. */
    public void opnieuwIngelezen(String bron, OffsetDateTime op, String door) {
        if (!historisch) {
            throw new IllegalStateException("Inventarisatieronde " + jaar + " is geen historische reeks");
        }
        this.bron = bron;
        this.ingelezenOp = op;
        this.ingelezenDoor = door;
    }

    public Long getId() {
        return id;
    }

    public int getJaar() {
        return jaar;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public LocalDate getOpening() {
        return opening;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public RondeStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    /** The years of the prognosis columns: the years after the peildatum up to the horizon. */
    public int[] getPrognosejaren() {
        return IntStream.rangeClosed(1, aantalPrognosejaren).map(i -> jaar + i).toArray();
    }

    public int getAantalPrognosejaren() {
        return aantalPrognosejaren;
    }

    /**
     * The last prognosis year ("Prognose 2025 – 2029"): the figures and documents report the prognosis of this year.
     * A historical round has none: its horizon is its own year.
     */
    public int getHorizon() {
        return jaar + aantalPrognosejaren;
    }

    public boolean isHistorisch() {
        return historisch;
    }

    public String getBron() {
        return bron;
    }

    public OffsetDateTime getIngelezenOp() {
        return ingelezenOp;
    }

    public String getIngelezenDoor() {
        return ingelezenDoor;
    }

    public String getVoorlopigeBriefDoor() {
        return voorlopigeBriefDoor;
    }

    public OffsetDateTime getVoorlopigeBriefOp() {
        return voorlopigeBriefOp;
    }

    public String getVoorlopigeBriefReden() {
        return voorlopigeBriefReden;
    }

    /** Whether the round has a prognosis at all: a historical round has none. */
    public boolean heeftPrognose() {
        return aantalPrognosejaren > 0;
    }

    /** Whether BZK may move the round to this status: a historical round stays closed. */
    public boolean magNaar(RondeStatus volgende) {
        return !historisch && status.magNaar(volgende);
    }

    // --- when the year counts (issue 31) ------------------------------------------------------------------------

    /**
     * Fixes the ministries expected to file when the round opens: by default every ministry with an active unit
     * ({@code standaard}). Reopening keeps the list as it was.
     */
    public void legVerwachtingVast(Collection<Ministerie> standaard) {
        if (!historisch && verwachtingen.isEmpty()) {
            standaard.forEach(m -> verwachtingen.add(new Verwachting(this, m)));
        }
    }

    /** Why BZK may not change the expected ministries now (with this reason), as the refusal, or null. */
    public Fout waaromNietVerwachtingWijzigen(String reden) {
        if (historisch) {
            return Fout.conflict(
                    "Inventarisatieronde " + jaar + " is een historische reeks; daarin levert niemand aan");
        }
        if (status != RondeStatus.OPEN) {
            return Fout.conflict("De verwachte ministeries van inventarisatieronde " + jaar
                    + " kunnen alleen worden gewijzigd zolang de ronde open is; zij is nu " + status.inZin());
        }
        if (reden == null || reden.isBlank()) {
            return Fout.ongeldig("Veld reden: zeg waarom de lijst van verwachte ministeries verandert");
        }
        return null;
    }

    /**
     * The ministries expected from now on; every other one of the list is marked as not filing, with the reason.
     * Ministries not on the list yet are added.
     */
    public void wijzigVerwachting(Set<Ministerie> verwacht, String reden, String wie, OffsetDateTime nu) {
        Fout waarom = waaromNietVerwachtingWijzigen(reden);
        if (waarom != null) {
            throw waarom;
        }
        if (verwacht.isEmpty()) {
            throw Fout.ongeldig("Veld verwacht: een ronde verwacht ten minste één ministerie");
        }
        for (Ministerie m : verwacht) {
            if (verwachtingen.stream().noneMatch(v -> v.getMinisterie().getId().equals(m.getId()))) {
                verwachtingen.add(new Verwachting(this, m));
            }
        }
        for (Verwachting v : verwachtingen) {
            boolean levertNiet = verwacht.stream()
                    .noneMatch(m -> m.getId().equals(v.getMinisterie().getId()));
            if (levertNiet != v.isLevertNiet()) {
                v.zet(levertNiet, reden.strip(), wie, nu);
            }
        }
    }

    /** The expected and the not-filing ministries, by name. */
    public List<Verwachting> getVerwachtingen() {
        return verwachtingen.stream()
                .sorted(Comparator.comparing(v -> v.getMinisterie().getNaam()))
                .toList();
    }

    /**
     * When a year counts, the one rule (issue 31): the figures of a year are definitief when every expected ministry
     * is accepted and the round is closed; a year of the historical series is definitief as imported. Otherwise they
     * are provisional and no page, letter or export may present them as the state of 1 January.
     *
     * @param goedgekeurd the codes of the ministries with an accepted submission in this round
     */
    public boolean isDefinitief(Set<String> goedgekeurd) {
        return historisch
                || (status == RondeStatus.GESLOTEN && ontbrekend(goedgekeurd).isEmpty());
    }

    /**
     * Why BZK may not record now that a letter about this year may be made while it is provisional (with this reason),
     * as the refusal, or null. Once per round: the exception is part of the year's record, not a switch.
     *
     * @param goedgekeurd the codes of the ministries with an accepted submission in this round
     */
    public Fout waaromGeenVoorlopigeBriefToestaan(String reden, Set<String> goedgekeurd) {
        Fout nu = waaromGeenUitzonderingMogelijk(goedgekeurd);
        if (nu != null) {
            return nu;
        }
        if (reden == null || reden.isBlank()) {
            return Fout.ongeldig(
                    "Veld reden: zeg waarom een brief over de voorlopige cijfers van " + jaar + " nodig is");
        }
        String fout = Tekst.alineaFout(reden.strip(), 1000);
        return fout == null ? null : Fout.ongeldig("Veld reden: " + fout);
    }

    /** The part of {@link #waaromGeenVoorlopigeBriefToestaan} that does not depend on the reason: what the page asks. */
    public Fout waaromGeenUitzonderingMogelijk(Set<String> goedgekeurd) {
        if (historisch) {
            return Fout.conflict("Inventarisatieronde " + jaar + " is een historische reeks; daarover gaat geen brief");
        }
        if (isDefinitief(goedgekeurd)) {
            return Fout.conflict("De cijfers van " + jaar + " zijn definitief; een uitzondering is niet nodig");
        }
        if (voorlopigeBriefDoor != null) {
            return Fout.conflict("Voor " + jaar + " is al een uitzondering vastgelegd, op "
                    + Nederlands.moment(voorlopigeBriefOp) + ": " + voorlopigeBriefReden);
        }
        return null;
    }

    /** Records the exception (see {@link #waaromGeenVoorlopigeBriefToestaan}); who may then draft is {@code Jaarstatus}'s rule. */
    public void staVoorlopigeBriefToe(String reden, Set<String> goedgekeurd, String wie, OffsetDateTime nu) {
        Fout waarom = waaromGeenVoorlopigeBriefToestaan(reden, goedgekeurd);
        if (waarom != null) {
            throw waarom;
        }
        voorlopigeBriefDoor = wie;
        voorlopigeBriefOp = nu;
        voorlopigeBriefReden = reden.strip();
    }

    /** The expected ministries without an accepted submission, by name. */
    public List<Ministerie> ontbrekend(Set<String> goedgekeurd) {
        return getVerwachtingen().stream()
                .filter(Verwachting::isVerwacht)
                .map(Verwachting::getMinisterie)
                .filter(m -> !goedgekeurd.contains(m.getCode()))
                .toList();
    }

    public long aantalVerwacht() {
        return verwachtingen.stream().filter(Verwachting::isVerwacht).count();
    }

    public void setStatus(RondeStatus status) {
        if (status != this.status && !magNaar(status)) {
            throw Fout.conflict("Inventarisatieronde " + jaar + " kan niet van " + this.status.inZin() + " naar "
                    + status.inZin() + (historisch ? "; het is een historische reeks" : ""));
        }
        this.status = status;
    }
}
