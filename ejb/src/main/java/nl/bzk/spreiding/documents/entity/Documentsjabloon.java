package nl.bzk.spreiding.documents.entity;

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
import java.time.OffsetDateTime;
import nl.bzk.spreiding.platform.Fout;

/**
 * One version of a document template. The text of a version never changes once saved (a change is a new version),
 * so a document that names its template version can always be regenerated from it.
 */
@Entity
@Table(name = "documentsjabloon")
@NamedQuery(
        name = Documentsjabloon.AANTAL_VAN_SOORT,
        query = "SELECT COUNT(s) FROM Documentsjabloon s WHERE s.soort = :soort")
@NamedQuery(
        name = Documentsjabloon.ACTIEF_VAN_SOORT,
        query = "SELECT s FROM Documentsjabloon s WHERE s.soort = :soort AND s.status = :actief")
@NamedQuery(name = Documentsjabloon.ALLE, query = "SELECT s FROM Documentsjabloon s ORDER BY s.soort, s.versie DESC")
@NamedQuery(
        name = Documentsjabloon.VAN_SOORT,
        query = "SELECT s FROM Documentsjabloon s WHERE s.soort = :soort ORDER BY s.versie DESC")
public class Documentsjabloon {

    public static final String AANTAL_VAN_SOORT = "Documentsjabloon.aantal_van_soort";
    public static final String ACTIEF_VAN_SOORT = "Documentsjabloon.actief_van_soort";
    public static final String ALLE = "Documentsjabloon.alle";
    public static final String VAN_SOORT = "Documentsjabloon.van_soort";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Documentsoort soort;

    private int versie;

    private String tekst;

    @Column(name = "tekst_sha256")
    private String tekstSha256;

    @Enumerated(EnumType.STRING)
    private SjabloonStatus status;

    private String toelichting;

    @Column(name = "gemaakt_door")
    private String gemaaktDoor;

    @Column(name = "gemaakt_op")
    private OffsetDateTime gemaaktOp;

    @Column(name = "geactiveerd_op")
    private OffsetDateTime geactiveerdOp;

    @Column(name = "geactiveerd_door")
    private String geactiveerdDoor;

    @Version
    private long version;

    protected Documentsjabloon() {}

    public Documentsjabloon(
            Documentsoort soort,
            int versie,
            String tekst,
            String tekstSha256,
            String toelichting,
            String gemaaktDoor,
            OffsetDateTime gemaaktOp) {
        this.soort = soort;
        this.versie = versie;
        this.tekst = tekst;
        this.tekstSha256 = tekstSha256;
        this.toelichting = toelichting;
        this.gemaaktDoor = gemaaktDoor;
        this.gemaaktOp = gemaaktOp;
        this.status = SjabloonStatus.CONCEPT;
    }

    /**
     * Why {@code wie} may not make this version the active template, or null when they may: the answer for the page's
     * button and the guard of {@link #activeer}. Four-eyes: the text of every letter comes from the active template,
     * so a coordinator who wrote a version cannot also put it into use; a second coordinator reads and activates it.
     */
    public String waaromNietActiveren(String wie) {
        if (status == SjabloonStatus.ACTIEF) {
            return "Versie " + versie + " is al het actieve sjabloon";
        }
        if (wie != null && wie.equals(gemaaktDoor)) {
            return "U heeft versie " + versie + " zelf bewaard; een tweede BZK-coördinator leest en activeert haar "
                    + "(vier ogen)";
        }
        return null;
    }

    public void activeer(String wie, OffsetDateTime moment) {
        String waarom = waaromNietActiveren(wie);
        if (waarom != null) {
            throw Fout.conflict(waarom);
        }
        status = SjabloonStatus.ACTIEF;
        geactiveerdOp = moment;
        geactiveerdDoor = wie;
    }

    /** The shipped default of a type that has none yet, active from the installation on (no person wrote it). */
    public void installeer(OffsetDateTime moment) {
        status = SjabloonStatus.ACTIEF;
        geactiveerdOp = moment;
    }

    public String getGeactiveerdDoor() {
        return geactiveerdDoor;
    }

    public void vervang() {
        status = SjabloonStatus.VERVALLEN;
    }

    public Long getId() {
        return id;
    }

    public Documentsoort getSoort() {
        return soort;
    }

    public int getVersie() {
        return versie;
    }

    public String getTekst() {
        return tekst;
    }

    public String getTekstSha256() {
        return tekstSha256;
    }

    public SjabloonStatus getStatus() {
        return status;
    }

    public String getToelichting() {
        return toelichting;
    }

    public String getGemaaktDoor() {
        return gemaaktDoor;
    }

    public OffsetDateTime getGemaaktOp() {
        return gemaaktOp;
    }

    public OffsetDateTime getGeactiveerdOp() {
        return geactiveerdOp;
    }

    public long getVersion() {
        return version;
    }
}
