package nl.bzk.spreiding.actionplan.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A reporting period of the action plan (e.g. "2025"); only the newest is open for editing. */
@Entity
@Table(name = "rapportageperiode")
public class Rapportageperiode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String naam;
    private LocalDate peildatum;
    private boolean open;

    @Version
    private long version;

    protected Rapportageperiode() {}

    public Rapportageperiode(String naam, LocalDate peildatum) {
        this.naam = naam;
        this.peildatum = peildatum;
        this.open = true;
    }

    public Long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public boolean isOpen() {
        return open;
    }

    public long getVersion() {
        return version;
    }

    public void sluit() {
        this.open = false;
    }
}
