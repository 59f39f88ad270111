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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.bzk.spreiding.actionplan.entity.Maatregel;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Tekst;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;

/** A location-advice case: a planned change at an organisation unit on which BZK advises from 100 FTE. */
@Entity
@Table(name = "casus")
@NamedQuery(name = Casus.AANTAL, query = "SELECT COUNT(c) FROM Casus c")
public class Casus {

    public static final String AANTAL = "Casus.aantal";

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
    @JoinTable(
            name = "casus_maatregel",
            joinColumns = @JoinColumn(name = "casus_id"),
            inverseJoinColumns = @JoinColumn(name = "maatregel_id"))
    private Set<Maatregel> maatregelen = new HashSet<>();

    @Version
    private long version;

    protected Casus() {}

    public Casus(Organisatieonderdeel onderdeel, LocalDate gemeldOp, String gemeldDoor) {
        this.onderdeel = onderdeel;
        this.gemeldOp = gemeldOp;
        this.gemeldDoor = gemeldDoor;
    }

    /** BZK advises when 100 FTE or more are involved (see {@link Drempel}). */
    public boolean isDrempelVanToepassing() {
        return Drempel.vanToepassing(soort, fte, vanProvincie, vanGemeente, naarProvincie, naarGemeente);
    }

    public void beschrijf(
            String titel,
            String omschrijving,
            CasusSoort soort,
            BigDecimal fte,
            Provincie vanProvincie,
            String vanGemeente,
            Provincie naarProvincie,
            String naarGemeente) {
        this.titel = titel;
        this.omschrijving = Tekst.alinea(omschrijving);
        this.soort = soort;
        this.fte = fte;
        this.vanProvincie = vanProvincie;
        this.vanGemeente = vanGemeente;
        this.naarProvincie = naarProvincie;
        this.naarGemeente = naarGemeente;
    }

    /** Whether the description may still change: a contact only while it is a melding, BZK until it is decided. */
    public boolean isBewerkbaarDoor(boolean bzk) {
        return status.isBewerkbaarDoor(bzk);
    }

    /** Refuses a change of the description that {@link #isBewerkbaarDoor} does not allow, saying why. */
    public void controleerBewerkbaarDoor(boolean bzk) {
        if (!isBewerkbaarDoor(bzk)) {
            throw Fout.conflict(status.waaromVast());
        }
    }

    /**
     * Takes the case one step in its workflow ({@link CasusStatus}): advice needs a text and whether it is positive,
     * a decision the minister's text; other steps take no text.
     */
    public void naarStatus(CasusStatus nieuw, String tekst, Boolean positief, LocalDate op) {
        if (nieuw == null) {
            throw Fout.ongeldig("Veld status: verplicht");
        }
        if (!status.magNaar(nieuw)) {
            throw Fout.conflict(
                    "Deze casus kan niet van " + status.getLabel() + " naar " + nieuw.getLabel() + "; toegestaan: "
                            + (status.volgende().isEmpty()
                                    ? "geen (besloten)"
                                    : status.volgende().stream()
                                            .map(CasusStatus::getLabel)
                                            .sorted()
                                            .collect(Collectors.joining(", "))));
        }
        switch (nieuw) {
            case ADVIES_UITGEBRACHT -> {
                if (tekst == null || tekst.isBlank() || positief == null) {
                    throw Fout.ongeldig(
                            "Velden advies en positief: een advies heeft een tekst en is positief of negatief");
                }
                this.advies = tekst.strip();
                this.adviesPositief = positief;
                this.adviesOp = op;
            }
            case VOORGELEGD_AAN_MR -> this.voorgelegdAanMr = true;
            case BESLOTEN -> {
                if (tekst == null || tekst.isBlank()) {
                    throw Fout.ongeldig("Veld besluit: het besluit van de minister is verplicht");
                }
                this.besluit = tekst.strip();
                this.beslotenOp = op;
            }
            default -> {}
        }
        this.status = nieuw;
    }

    public void koppel(Set<Maatregel> maatregelen) {
        this.maatregelen = new HashSet<>(maatregelen);
    }

    public Long getId() {
        return id;
    }

    public String getTitel() {
        return titel;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public Organisatieonderdeel getOnderdeel() {
        return onderdeel;
    }

    public CasusSoort getSoort() {
        return soort;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public Provincie getVanProvincie() {
        return vanProvincie;
    }

    public String getVanGemeente() {
        return vanGemeente;
    }

    public Provincie getNaarProvincie() {
        return naarProvincie;
    }

    public String getNaarGemeente() {
        return naarGemeente;
    }

    public CasusStatus getStatus() {
        return status;
    }

    public String getAdvies() {
        return advies;
    }

    public Boolean getAdviesPositief() {
        return adviesPositief;
    }

    public String getBesluit() {
        return besluit;
    }

    public boolean isVoorgelegdAanMr() {
        return voorgelegdAanMr;
    }

    public LocalDate getGemeldOp() {
        return gemeldOp;
    }

    public LocalDate getAdviesOp() {
        return adviesOp;
    }

    public LocalDate getBeslotenOp() {
        return beslotenOp;
    }

    public String getGemeldDoor() {
        return gemeldDoor;
    }

    public Set<Maatregel> getMaatregelen() {
        return Set.copyOf(maatregelen);
    }

    public long getVersion() {
        return version;
    }
}
