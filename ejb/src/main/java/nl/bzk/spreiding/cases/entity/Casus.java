package nl.bzk.spreiding.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.bzk.spreiding.actionplan.entity.Maatregel;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;

/** A location-advice case: a planned change at an organisation unit on which BZK advises from 100 FTE. */
@Entity
@Table(name = "casus")
public class Casus {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String titel;
    private String omschrijving;
    @ManyToOne(optional = false)
    @JoinColumn(name = "onderdeel_id")
    private Organisatieonderdeel onderdeel;
    @Enumerated(EnumType.STRING)
    private CasusSoort soort;
    private BigDecimal fte;
    @ManyToOne
    @JoinColumn(name = "van_provincie")
    private Provincie vanProvincie;
    @Column(name = "van_gemeente")
    private String vanGemeente;
    @ManyToOne
    @JoinColumn(name = "naar_provincie")
    private Provincie naarProvincie;
    @Column(name = "naar_gemeente")
    private String naarGemeente;
    @Enumerated(EnumType.STRING)
    private CasusStatus status = CasusStatus.MELDING;
    private String advies;
    @Column(name = "advies_positief")
    private Boolean adviesPositief;
    private String besluit;
    @Column(name = "voorgelegd_aan_mr")
    private boolean voorgelegdAanMr;
    @Column(name = "gemeld_op")
    private LocalDate gemeldOp;
    @Column(name = "advies_op")
    private LocalDate adviesOp;
    @Column(name = "besloten_op")
    private LocalDate beslotenOp;
    @Column(name = "gemeld_door")
    private String gemeldDoor;
    @ManyToMany
    @JoinTable(name = "casus_maatregel", joinColumns = @JoinColumn(name = "casus_id"), inverseJoinColumns = @JoinColumn(name = "maatregel_id"))
    private Set<Maatregel> maatregelen = new HashSet<>();
    @Version
    private long version;

    protected Casus() {
    }

    public Casus(Organisatieonderdeel onderdeel, LocalDate gemeldOp, String gemeldDoor) {
        this.onderdeel = onderdeel;
        this.gemeldOp = gemeldOp;
        this.gemeldDoor = gemeldDoor;
    }

    /** BZK advises when 100 FTE or more are involved (see {@link nl.bzk.spreiding.cases.service.Drempel}). */
    public boolean isDrempelVanToepassing() {
        return nl.bzk.spreiding.cases.service.Drempel.vanToepassing(soort, fte, vanProvincie, vanGemeente, naarProvincie, naarGemeente);
    }

    public void beschrijf(String titel, String omschrijving, CasusSoort soort, BigDecimal fte, Provincie vanProvincie,
                          String vanGemeente, Provincie naarProvincie, String naarGemeente) {
        this.titel = titel;
        this.omschrijving = omschrijving;
        this.soort = soort;
        this.fte = fte;
        this.vanProvincie = vanProvincie;
        this.vanGemeente = vanGemeente;
        this.naarProvincie = naarProvincie;
        this.naarGemeente = naarGemeente;
    }

    public void naarStatus(CasusStatus status) {
        this.status = status;
    }

    public void adviseer(String advies, boolean positief, LocalDate op) {
        this.advies = advies;
        this.adviesPositief = positief;
        this.adviesOp = op;
    }

    public void voorgelegdAanMr() {
        this.voorgelegdAanMr = true;
    }

    public void besluit(String besluit, LocalDate op) {
        this.besluit = besluit;
        this.beslotenOp = op;
    }

    public void koppel(Set<Maatregel> maatregelen) {
        this.maatregelen = new HashSet<>(maatregelen);
    }

    public Long getId() { return id; }
    public String getTitel() { return titel; }
    public String getOmschrijving() { return omschrijving; }
    public Organisatieonderdeel getOnderdeel() { return onderdeel; }
    public CasusSoort getSoort() { return soort; }
    public BigDecimal getFte() { return fte; }
    public Provincie getVanProvincie() { return vanProvincie; }
    public String getVanGemeente() { return vanGemeente; }
    public Provincie getNaarProvincie() { return naarProvincie; }
    public String getNaarGemeente() { return naarGemeente; }
    public CasusStatus getStatus() { return status; }
    public String getAdvies() { return advies; }
    public Boolean getAdviesPositief() { return adviesPositief; }
    public String getBesluit() { return besluit; }
    public boolean isVoorgelegdAanMr() { return voorgelegdAanMr; }
    public LocalDate getGemeldOp() { return gemeldOp; }
    public LocalDate getAdviesOp() { return adviesOp; }
    public LocalDate getBeslotenOp() { return beslotenOp; }
    public String getGemeldDoor() { return gemeldDoor; }
    public Set<Maatregel> getMaatregelen() { return Set.copyOf(maatregelen); }
    public long getVersion() { return version; }
}
