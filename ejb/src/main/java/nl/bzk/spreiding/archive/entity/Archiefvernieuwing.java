package nl.bzk.spreiding.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A renewed file of an archive record: the previous file with a new document time-stamp on top (PAdES B-LTA). Written
 * once; the newest renewal is the file the archive hands out and verifies, the record keeps the original's hash.
 */
@Entity
@Table(name = "archiefvernieuwing")
@NamedQueries({
    @NamedQuery(name = Archiefvernieuwing.ALLE, query = "SELECT v FROM Archiefvernieuwing v"),
    @NamedQuery(
            name = "Archiefvernieuwing.vanStuk",
            query = "SELECT v FROM Archiefvernieuwing v WHERE v.archiefstukId = :stuk ORDER BY v.volgnummer"),
    @NamedQuery(
            name = "Archiefvernieuwing.laatste",
            query =
                    "SELECT v FROM Archiefvernieuwing v WHERE v.archiefstukId = :stuk "
                            + "AND v.volgnummer = (SELECT MAX(w.volgnummer) FROM Archiefvernieuwing w WHERE w.archiefstukId = :stuk)")
})
public class Archiefvernieuwing {

    public static final String ALLE = "Archiefvernieuwing.alle";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "archiefstuk_id", updatable = false)
    private long archiefstukId;

    @Column(updatable = false)
    private int volgnummer;

    @Column(updatable = false)
    private byte[] pdf;

    @Column(updatable = false)
    private String sha256;

    @Column(updatable = false)
    private long grootte;

    @Column(name = "vernieuwd_op", updatable = false)
    private OffsetDateTime vernieuwdOp;

    @Column(updatable = false)
    private String reden;

    @Column(updatable = false)
    private String niveau;

    protected Archiefvernieuwing() {}

    public Archiefvernieuwing(
            long archiefstukId,
            int volgnummer,
            byte[] pdf,
            String sha256,
            OffsetDateTime vernieuwdOp,
            String reden,
            String niveau) {
        this.archiefstukId = archiefstukId;
        this.volgnummer = volgnummer;
        this.pdf = pdf;
        this.sha256 = sha256;
        this.grootte = pdf.length;
        this.vernieuwdOp = vernieuwdOp;
        this.reden = reden;
        this.niveau = niveau;
    }

    /** What the archive chain covers of a renewal: every column but the bytes, whose hash is among them. */
    public String vingerafdruk() {
        return "vernieuwing=" + id + "\narchiefstuk=" + archiefstukId + "\nvolgnummer=" + volgnummer + "\nsha256="
                + sha256
                + "\ngrootte=" + grootte + "\nvernieuwdOp=" + (vernieuwdOp == null ? "" : vernieuwdOp.toInstant())
                + "\nreden="
                + reden.replace("\\", "\\\\").replace("\n", "\\n") + "\nniveau=" + niveau + "\n";
    }

    public Long getId() {
        return id;
    }

    public long getArchiefstukId() {
        return archiefstukId;
    }

    public int getVolgnummer() {
        return volgnummer;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public String getSha256() {
        return sha256;
    }

    public long getGrootte() {
        return grootte;
    }

    public OffsetDateTime getVernieuwdOp() {
        return vernieuwdOp;
    }

    public String getReden() {
        return reden;
    }

    public String getNiveau() {
        return niveau;
    }
}
