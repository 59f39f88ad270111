package nl.bzk.spreiding.submission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.IntStream;
import nl.bzk.spreiding.platform.Fout;

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

    @Version
    private long version;

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

    /** Whether the round has a prognosis at all: a historical round has none. */
    public boolean heeftPrognose() {
        return aantalPrognosejaren > 0;
    }

    /** Whether BZK may move the round to this status: a historical round stays closed. */
    public boolean magNaar(RondeStatus volgende) {
        return !historisch && status.magNaar(volgende);
    }

    public void setStatus(RondeStatus status) {
        if (status != this.status && !magNaar(status)) {
            throw Fout.conflict("Inventarisatieronde " + jaar + " kan niet van " + this.status.inZin() + " naar "
                    + status.inZin() + (historisch ? "; het is een historische reeks" : ""));
        }
        this.status = status;
    }
}
