package nl.bzk.spreiding.actionplan.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A reporting period of the action plan (e.g. "2025"); only the newest is open for editing. */
@Entity
@Table(name = "rapportageperiode")
@NamedQuery(
        name = Rapportageperiode.AANTAL_MET_NAAM,
        query = "SELECT COUNT(p) FROM Rapportageperiode p WHERE p.naam = :naam")
@NamedQuery(
        name = Rapportageperiode.ALLE,
        query = "SELECT p FROM Rapportageperiode p ORDER BY p.peildatum DESC, p.id DESC")
@NamedQuery(name = Rapportageperiode.MET_NAAM, query = "SELECT p FROM Rapportageperiode p WHERE p.naam = :naam")
public class Rapportageperiode {

    public static final String AANTAL_MET_NAAM = "Rapportageperiode.aantal_met_naam";
    public static final String ALLE = "Rapportageperiode.alle";
    public static final String MET_NAAM = "Rapportageperiode.met_naam";

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
