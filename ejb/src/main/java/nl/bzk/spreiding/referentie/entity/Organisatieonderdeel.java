package nl.bzk.spreiding.referentie.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation unit (e.g. RWS, CJIB, UWV): it belongs to one ministry and counts in one sector. */
@Entity
@Table(name = "organisatieonderdeel")
public class Organisatieonderdeel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String naam;
    @ManyToOne(optional = false)
    @JoinColumn(name = "ministerie_id")
    private Ministerie ministerie;
    @ManyToOne(optional = false)
    @JoinColumn(name = "sector_code")
    private Sector sector;
    private boolean actief = true;
    @Version
    private long version;

    protected Organisatieonderdeel() {
    }

    public Organisatieonderdeel(String code, String naam, Ministerie ministerie, Sector sector) {
        this.code = code;
        this.naam = naam;
        this.ministerie = ministerie;
        this.sector = sector;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNaam() { return naam; }
    public Ministerie getMinisterie() { return ministerie; }
    public Sector getSector() { return sector; }
    public boolean isActief() { return actief; }
    public long getVersion() { return version; }

    public void wijzig(String naam, Sector sector, boolean actief) {
        this.naam = naam;
        this.sector = sector;
        this.actief = actief;
    }
}
