package nl.bzk.spreiding.submission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Tekst;
import nl.bzk.spreiding.referentie.entity.Ministerie;

/** One ministry's submission in one round. Its lines are {@link AanleveringRegel}s. */
@Entity
@Table(name = "aanlevering")
@NamedQuery(
        name = Aanlevering.MINISTERIES_MET_STATUS,
        query =
                "SELECT DISTINCT a.ministerie.code FROM Aanlevering a WHERE a.status = :status AND a.ronde.jaar = :jaar")
@NamedQuery(
        name = Aanlevering.AANTAL_MINISTERIES_MET_STATUS,
        query =
                "SELECT COUNT(DISTINCT a.ministerie) FROM Aanlevering a WHERE a.status = :status AND a.ronde.jaar = :jaar")
@NamedQuery(
        name = Aanlevering.JAREN_MET_STATUS,
        query = "SELECT DISTINCT a.ronde.jaar FROM Aanlevering a WHERE a.status = :status ORDER BY a.ronde.jaar")
@NamedQuery(
        name = Aanlevering.VAN_RONDE_EN_MINISTERIE,
        query = "SELECT a FROM Aanlevering a WHERE a.ronde = :ronde AND a.ministerie = :ministerie")
@NamedQuery(name = Aanlevering.VERWIJDER_VAN_RONDE, query = "DELETE FROM Aanlevering a WHERE a.ronde = :ronde")
public class Aanlevering {

    public static final String MINISTERIES_MET_STATUS = "Aanlevering.ministeries_met_status";
    public static final String AANTAL_MINISTERIES_MET_STATUS = "Aanlevering.aantal_ministeries_met_status";
    public static final String JAREN_MET_STATUS = "Aanlevering.jaren_met_status";
    public static final String VAN_RONDE_EN_MINISTERIE = "Aanlevering.van_ronde_en_ministerie";
    public static final String VERWIJDER_VAN_RONDE = "Aanlevering.verwijder_van_ronde";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ronde_id")
    private Ronde ronde;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ministerie_id")
    private Ministerie ministerie;

    @Enumerated(EnumType.STRING)
    private AanleveringStatus status = AanleveringStatus.CONCEPT;

    @Column(name = "ingediend_op")
    private OffsetDateTime ingediendOp;

    @Column(name = "ingediend_door")
    private String ingediendDoor;

    @Column(name = "te_laat")
    private boolean teLaat;

    @Column(name = "opmerking_bzk")
    private String opmerkingBzk;

    @Column(name = "beoordeeld_op")
    private OffsetDateTime beoordeeldOp;

    @Column(name = "beoordeeld_door")
    private String beoordeeldDoor;

    @Version
    private long version;

    protected Aanlevering() {}

    public Aanlevering(Ronde ronde, Ministerie ministerie) {
        this.ronde = ronde;
        this.ministerie = ministerie;
    }

    /**
     * A ministry's figures of a year of the historical series: accepted when BZK imports them (who and when are the
     * import's), as they are; no contact filed them.
     */
    public static Aanlevering historisch(Ronde ronde, Ministerie ministerie, OffsetDateTime op, String door) {
        if (!ronde.isHistorisch()) {
            throw new IllegalArgumentException("Inventarisatieronde " + ronde.getJaar() + " is geen historische reeks");
        }
        Aanlevering aanlevering = new Aanlevering(ronde, ministerie);
        aanlevering.status = AanleveringStatus.GOEDGEKEURD;
        aanlevering.beoordeeldOp = op;
        aanlevering.beoordeeldDoor = door;
        return aanlevering;
    }

    public Long getId() {
        return id;
    }

    public Ronde getRonde() {
        return ronde;
    }

    public Ministerie getMinisterie() {
        return ministerie;
    }

    public AanleveringStatus getStatus() {
        return status;
    }

    public OffsetDateTime getIngediendOp() {
        return ingediendOp;
    }

    public String getIngediendDoor() {
        return ingediendDoor;
    }

    public boolean isTeLaat() {
        return teLaat;
    }

    public String getOpmerkingBzk() {
        return opmerkingBzk;
    }

    public OffsetDateTime getBeoordeeldOp() {
        return beoordeeldOp;
    }

    public String getBeoordeeldDoor() {
        return beoordeeldDoor;
    }

    public long getVersion() {
        return version;
    }

    /** Figures can change while the ministry holds the submission and its round is open. */
    public boolean isBewerkbaar() {
        return status.isBewerkbaar() && ronde.getStatus() == RondeStatus.OPEN;
    }

    /** Refuses a change that {@link #isBewerkbaar} does not allow, saying why in the contact's words. */
    public void controleerBewerkbaar() {
        if (!status.isBewerkbaar()) {
            throw Fout.conflict("De aanlevering is " + status.inZin() + " en kan niet meer worden gewijzigd"
                    + (status == AanleveringStatus.INGEDIEND ? " tot BZK haar terugstuurt" : ""));
        }
        if (ronde.getStatus() != RondeStatus.OPEN) {
            throw Fout.conflict("Inventarisatieronde " + ronde.getJaar() + " is gesloten");
        }
    }

    public void ingediend(OffsetDateTime op, String door, boolean teLaat) {
        controleerBewerkbaar();
        this.status = AanleveringStatus.INGEDIEND;
        this.ingediendOp = op;
        this.ingediendDoor = door;
        this.teLaat = teLaat;
    }

    /** BZK's review: only a submitted submission is accepted or returned. */
    public void beoordeeld(AanleveringStatus uitkomst, String opmerking, OffsetDateTime op, String door) {
        if (uitkomst == AanleveringStatus.INGEDIEND || !status.magNaar(uitkomst)) {
            throw Fout.conflict(
                    "Alleen een ingediende aanlevering kan worden " + uitkomst.inZin() + "; deze is " + status.inZin());
        }
        this.status = uitkomst;
        this.opmerkingBzk = Tekst.alinea(opmerking);
        this.beoordeeldOp = op;
        this.beoordeeldDoor = door;
    }
}
