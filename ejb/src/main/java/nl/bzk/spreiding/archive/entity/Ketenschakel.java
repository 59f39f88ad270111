package nl.bzk.spreiding.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import nl.bzk.spreiding.platform.Sha256;

/**
 * One link of the archive chain: link number n binds archive record {@code archiefstukId} (or, with
 * {@code vernieuwingId}, a renewal of its file) to the link before it.
 * Its hash is SHA-256 over the previous link's hash and the record's fingerprint ({@link Archiefstuk#vingerafdruk()},
 * which includes the hash of the signed PDF). Changing a record, swapping its PDF with its hash, or removing a record
 * or a link breaks the chain at that place. Append-only, like the records (on PostgreSQL a trigger).
 */
@Entity
@Table(name = "archiefketen")
@NamedQueries({
    @NamedQuery(name = "Ketenschakel.hoogste", query = "SELECT MAX(k.volgnummer) FROM Ketenschakel k"),
    @NamedQuery(name = "Ketenschakel.alle", query = "SELECT k FROM Ketenschakel k ORDER BY k.volgnummer"),
    @NamedQuery(
            name = "Ketenschakel.vanStuk",
            query = "SELECT k FROM Ketenschakel k WHERE k.archiefstukId = :stuk AND k.vernieuwingId IS NULL"),
    @NamedQuery(
            name = "Ketenschakel.vanVernieuwing",
            query = "SELECT k FROM Ketenschakel k WHERE k.vernieuwingId = :vernieuwing"),
    @NamedQuery(name = "Ketenschakel.volgnummer", query = "SELECT k FROM Ketenschakel k WHERE k.volgnummer = :nummer")
})
public class Ketenschakel {

    /** The hash before the first link. */
    public static final String BEGIN = "0".repeat(64);

    @Id
    @Column(updatable = false)
    private long volgnummer;

    @Column(name = "archiefstuk_id", updatable = false)
    private long archiefstukId;
    /** Set for a link that binds a renewal of the record's file instead of the record. */
    @Column(name = "vernieuwing_id", updatable = false)
    private Long vernieuwingId;

    @Column(name = "vorige_hash", updatable = false)
    private String vorigeHash;

    @Column(updatable = false)
    private String hash;

    @Column(name = "vastgelegd_op", updatable = false)
    private OffsetDateTime vastgelegdOp;

    protected Ketenschakel() {}

    /** The link after {@code vorige} (null: the first link) for {@code stuk}. */
    public static Ketenschakel na(Ketenschakel vorige, Archiefstuk stuk, OffsetDateTime moment) {
        Ketenschakel k = new Ketenschakel();
        k.volgnummer = vorige == null ? 1 : vorige.volgnummer + 1;
        k.archiefstukId = stuk.getId();
        k.vorigeHash = vorige == null ? BEGIN : vorige.hash;
        k.hash = hash(k.vorigeHash, stuk);
        k.vastgelegdOp = moment;
        return k;
    }

    /** The link after {@code vorige} for a renewal of a record's file. */
    public static Ketenschakel na(Ketenschakel vorige, Archiefvernieuwing vernieuwing, OffsetDateTime moment) {
        Ketenschakel k = new Ketenschakel();
        k.volgnummer = vorige == null ? 1 : vorige.volgnummer + 1;
        k.archiefstukId = vernieuwing.getArchiefstukId();
        k.vernieuwingId = vernieuwing.getId();
        k.vorigeHash = vorige == null ? BEGIN : vorige.hash;
        k.hash = hash(k.vorigeHash, vernieuwing.vingerafdruk());
        k.vastgelegdOp = moment;
        return k;
    }

    public boolean dekt(Archiefvernieuwing vernieuwing) {
        return vernieuwing.getId().equals(vernieuwingId) && hash.equals(hash(vorigeHash, vernieuwing.vingerafdruk()));
    }

    public static String hash(String vorigeHash, Archiefstuk stuk) {
        return hash(vorigeHash, stuk.vingerafdruk());
    }

    private static String hash(String vorigeHash, String vingerafdruk) {
        return Sha256.van((vorigeHash + "\n" + vingerafdruk).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the record as it is now still gives this link's hash. */
    public boolean dekt(Archiefstuk stuk) {
        return vernieuwingId == null && stuk.getId() == archiefstukId && hash.equals(hash(vorigeHash, stuk));
    }

    public long getVolgnummer() {
        return volgnummer;
    }

    public long getArchiefstukId() {
        return archiefstukId;
    }

    public Long getVernieuwingId() {
        return vernieuwingId;
    }

    public String getVorigeHash() {
        return vorigeHash;
    }

    public String getHash() {
        return hash;
    }

    public OffsetDateTime getVastgelegdOp() {
        return vastgelegdOp;
    }
}
