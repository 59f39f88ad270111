package nl.bzk.spreiding.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The signed PDF of an {@link Archiefstuk} and its text for full-text search; written once, like the record itself. */
@Entity
@Table(name = "archiefinhoud")
public class Archiefinhoud {

    @Id
    @Column(name = "archiefstuk_id", updatable = false)
    private Long archiefstukId;

    @Column(updatable = false)
    private String tekst;

    @Column(updatable = false)
    private byte[] pdf;

    protected Archiefinhoud() {}

    public Archiefinhoud(Long archiefstukId, String tekst, byte[] pdf) {
        this.archiefstukId = archiefstukId;
        this.tekst = tekst;
        this.pdf = pdf;
    }

    public String getTekst() {
        return tekst;
    }

    public byte[] getPdf() {
        return pdf;
    }
}
