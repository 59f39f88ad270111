package nl.bzk.spreiding.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change: who did what to which record, when, with the record before and after as JSON. Never updated. */
@Entity
@Table(name = "audit_regel")
@NamedQuery(
        name = AuditRegel.AANTAL_VASTGESTELD,
        query = "SELECT COUNT(r) FROM AuditRegel r WHERE r.actie = 'DOCUMENT_VASTGESTELD'")
public class AuditRegel {

    public static final String AANTAL_VASTGESTELD = "AuditRegel.aantal_vastgesteld";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private OffsetDateTime tijdstip;
    private String gebruiker;
    private String actie;
    private String entiteit;

    @Column(name = "entiteit_id")
    private String entiteitId;
    /** The ministry the record belongs to, so a ministry contact can be shown the history of their own data. */
    @Column(name = "ministerie_id")
    private Long ministerieId;

    private String voor;
    private String na;

    protected AuditRegel() {}

    public AuditRegel(
            OffsetDateTime tijdstip,
            String gebruiker,
            String actie,
            String entiteit,
            String entiteitId,
            Long ministerieId,
            String voor,
            String na) {
        this.tijdstip = tijdstip;
        this.gebruiker = gebruiker;
        this.actie = actie;
        this.entiteit = entiteit;
        this.entiteitId = entiteitId;
        this.ministerieId = ministerieId;
        this.voor = voor;
        this.na = na;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getTijdstip() {
        return tijdstip;
    }

    public String getGebruiker() {
        return gebruiker;
    }

    public String getActie() {
        return actie;
    }

    public String getEntiteit() {
        return entiteit;
    }

    public String getEntiteitId() {
        return entiteitId;
    }

    public Long getMinisterieId() {
        return ministerieId;
    }

    public String getVoor() {
        return voor;
    }

    public String getNa() {
        return na;
    }
}
