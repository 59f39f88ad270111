package nl.bzk.spreiding.submission.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * An inventarisatieronde: the ministries report their FTE on the peildatum (1 January of the year) and a
 * prognosis for the five years after it, between opening and deadline.
 */
@Entity
@Table(name = "ronde")
public class Ronde {

    public static final int PROGNOSEJAREN = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int jaar;
    private LocalDate peildatum;
    private LocalDate opening;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    private RondeStatus status = RondeStatus.GEPLAND;
    @Version
    private long version;

    protected Ronde() {
    }

    public Ronde(int jaar, LocalDate opening, LocalDate deadline) {
        this.jaar = jaar;
        this.peildatum = LocalDate.of(jaar, 1, 1);
        this.opening = opening;
        this.deadline = deadline;
    }

    public Long getId() { return id; }
    public int getJaar() { return jaar; }
    public LocalDate getPeildatum() { return peildatum; }
    public LocalDate getOpening() { return opening; }
    public LocalDate getDeadline() { return deadline; }
    public RondeStatus getStatus() { return status; }
    public long getVersion() { return version; }

    /** The years of the prognosis columns: the five years after the peildatum. */
    public int[] getPrognosejaren() {
        return IntStream.rangeClosed(1, PROGNOSEJAREN).map(i -> jaar + i).toArray();
    }

    public void setStatus(RondeStatus status) {
        this.status = status;
    }

    public void wijzigTermijn(LocalDate opening, LocalDate deadline) {
        this.opening = opening;
        this.deadline = deadline;
    }
}
