package nl.bzk.spreiding.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/** A text block as the drafter last saved it. */
@Embeddable
public class Tekstversie {

    private String tekst;

    @Column(name = "gewijzigd_door")
    private String gewijzigdDoor;

    @Column(name = "gewijzigd_op")
    private OffsetDateTime gewijzigdOp;

    protected Tekstversie() {}

    Tekstversie(String tekst, String gewijzigdDoor, OffsetDateTime gewijzigdOp) {
        this.tekst = tekst;
        this.gewijzigdDoor = gewijzigdDoor;
        this.gewijzigdOp = gewijzigdOp;
    }

    public String getTekst() {
        return tekst;
    }

    public String getGewijzigdDoor() {
        return gewijzigdDoor;
    }

    public OffsetDateTime getGewijzigdOp() {
        return gewijzigdOp;
    }
}
