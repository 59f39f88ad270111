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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import nl.bzk.spreiding.referentie.entity.Ministerie;

/** One ministry's submission in one round. Its lines are {@link AanleveringRegel}s. */
@Entity
@Table(name = "aanlevering")
public class Aanlevering {

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

    protected Aanlevering() {
    }

    public Aanlevering(Ronde ronde, Ministerie ministerie) {
        this.ronde = ronde;
        this.ministerie = ministerie;
    }

    public Long getId() { return id; }
    public Ronde getRonde() { return ronde; }
    public Ministerie getMinisterie() { return ministerie; }
    public AanleveringStatus getStatus() { return status; }
    public OffsetDateTime getIngediendOp() { return ingediendOp; }
    public String getIngediendDoor() { return ingediendDoor; }
    public boolean isTeLaat() { return teLaat; }
    public String getOpmerkingBzk() { return opmerkingBzk; }
    public OffsetDateTime getBeoordeeldOp() { return beoordeeldOp; }
    public String getBeoordeeldDoor() { return beoordeeldDoor; }
    public long getVersion() { return version; }

    public void ingediend(OffsetDateTime op, String door, boolean teLaat) {
        this.status = AanleveringStatus.INGEDIEND;
        this.ingediendOp = op;
        this.ingediendDoor = door;
        this.teLaat = teLaat;
    }

    public void beoordeeld(AanleveringStatus uitkomst, String opmerking, OffsetDateTime op, String door) {
        this.status = uitkomst;
        this.opmerkingBzk = opmerking;
        this.beoordeeldOp = op;
        this.beoordeeldDoor = door;
    }
}
