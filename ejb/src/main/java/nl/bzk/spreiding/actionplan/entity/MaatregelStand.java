package nl.bzk.spreiding.actionplan.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The stand van zaken of one measure in one reporting period: the text (a list of points) and a label. */
@Entity
@Table(name = "maatregel_stand")
@NamedQuery(
        name = MaatregelStand.VAN_MAATREGEL,
        query =
                "SELECT s FROM MaatregelStand s WHERE s.maatregel.code = :code ORDER BY s.periode.peildatum DESC, s.id DESC")
@NamedQuery(
        name = MaatregelStand.VAN_MAATREGEL_IN_PERIODE,
        query = "SELECT s FROM MaatregelStand s WHERE s.maatregel.code = :m AND s.periode.naam = :p")
@NamedQuery(
        name = MaatregelStand.VAN_PERIODE,
        query = "SELECT s FROM MaatregelStand s WHERE s.periode.naam = :naam ORDER BY s.maatregel.volgorde")
public class MaatregelStand {

    public static final String VAN_MAATREGEL = "MaatregelStand.van_maatregel";
    public static final String VAN_MAATREGEL_IN_PERIODE = "MaatregelStand.van_maatregel_in_periode";
    public static final String VAN_PERIODE = "MaatregelStand.van_periode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "maatregel_id")
    private Maatregel maatregel;

    @ManyToOne(optional = false)
    @JoinColumn(name = "periode_id")
    private Rapportageperiode periode;

    @Enumerated(EnumType.STRING)
    private StandLabel label;

    private String verantwoordelijke;
    private LocalDate datum;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "maatregel_stand_punt", joinColumns = @JoinColumn(name = "stand_id"))
    @OrderColumn(name = "positie")
    @Column(name = "tekst")
    private List<String> punten = new ArrayList<>();

    @Version
    private long version;

    protected MaatregelStand() {}

    public MaatregelStand(
            Maatregel maatregel,
            Rapportageperiode periode,
            StandLabel label,
            String verantwoordelijke,
            LocalDate datum,
            List<String> punten) {
        this.maatregel = maatregel;
        this.periode = periode;
        this.label = label;
        this.verantwoordelijke = verantwoordelijke;
        this.datum = datum;
        this.punten = new ArrayList<>(punten);
    }

    /** The start of a new period: the previous period's text, to be brought up to date. */
    public MaatregelStand voortzetting(Rapportageperiode nieuw) {
        return new MaatregelStand(maatregel, nieuw, label, verantwoordelijke, datum, punten);
    }

    public Long getId() {
        return id;
    }

    public Maatregel getMaatregel() {
        return maatregel;
    }

    public Rapportageperiode getPeriode() {
        return periode;
    }

    public StandLabel getLabel() {
        return label;
    }

    public String getVerantwoordelijke() {
        return verantwoordelijke;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public List<String> getPunten() {
        return List.copyOf(punten);
    }

    public long getVersion() {
        return version;
    }

    /** The points are replaced by the service (see Tekstlijst), not through this entity. */
    public void wijzig(StandLabel label, String verantwoordelijke, LocalDate datum) {
        this.label = label;
        this.verantwoordelijke = verantwoordelijke;
        this.datum = datum;
    }
}
