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
public class Ronde {

    public static final String AANTAL = "Ronde.aantal";
    public static final String ALLE = "Ronde.alle";
    public static final String LAATSTE_PROGNOSEJAAR = "Ronde.laatste_prognosejaar";
    public static final String VAN_JAAR = "Ronde.van_jaar";

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

    /** The last prognosis year ("Prognose 2025 – 2029"): the figures and documents report the prognosis of this year. */
    public int getHorizon() {
        return jaar + aantalPrognosejaren;
    }

    public void setStatus(RondeStatus status) {
        this.status = status;
    }
}
