package nl.bzk.spreiding.submission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.bzk.spreiding.referentie.entity.Ministerie;

/**
 * A ministry BZK expects to file in a round (issue 31), or, with a reason, marks as not filing ("levert niet aan").
 * Part of its {@link Ronde}, which decides every change.
 */
@Entity
@Table(name = "ronde_verwachting")
public class Verwachting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ronde_id")
    private Ronde ronde;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ministerie_id")
    private Ministerie ministerie;

    @Column(name = "levert_niet")
    private boolean levertNiet;

    private String reden;

    @Column(name = "gewijzigd_door")
    private String gewijzigdDoor;

    @Column(name = "gewijzigd_op")
    private OffsetDateTime gewijzigdOp;

    protected Verwachting() {}

    Verwachting(Ronde ronde, Ministerie ministerie) {
        this.ronde = ronde;
        this.ministerie = ministerie;
    }

    void zet(boolean levertNiet, String reden, String wie, OffsetDateTime nu) {
        this.levertNiet = levertNiet;
        this.reden = reden;
        this.gewijzigdDoor = wie;
        this.gewijzigdOp = nu;
    }

    public Ministerie getMinisterie() {
        return ministerie;
    }

    /** Expected to file: not marked as not filing. */
    public boolean isVerwacht() {
        return !levertNiet;
    }

    public boolean isLevertNiet() {
        return levertNiet;
    }

    public String getReden() {
        return reden;
    }

    public String getGewijzigdDoor() {
        return gewijzigdDoor;
    }

    public OffsetDateTime getGewijzigdOp() {
        return gewijzigdOp;
    }
}
