package nl.bzk.spreiding.submission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;

/** FTE of one organisation unit in one province (and optionally one municipality) on the peildatum, with prognosis. */
@Entity
@Table(name = "aanlevering_regel")
@NamedQuery(
        name = AanleveringRegel.VAN_AANLEVERING,
        query =
                "SELECT r FROM AanleveringRegel r WHERE r.aanlevering.id = :id ORDER BY r.onderdeel.code, r.provincie.volgorde, r.gemeente")
@NamedQuery(
        name = AanleveringRegel.VERWIJDER_VAN_AANLEVERING,
        query = "DELETE FROM AanleveringRegel r WHERE r.aanlevering = :a")
@NamedQuery(
        name = AanleveringRegel.FTE_PER_ONDERDEEL_EN_PROVINCIE,
        query =
                "SELECT r.onderdeel.code, r.provincie.code, SUM(r.fte) FROM AanleveringRegel r WHERE r.aanlevering.ministerie.id = :m AND r.aanlevering.ronde.jaar = :j AND r.aanlevering.status = :s GROUP BY r.onderdeel.code, r.provincie.code")
@NamedQuery(
        name = AanleveringRegel.VAN_MINISTERIE_IN_JAAR,
        query =
                "SELECT r FROM AanleveringRegel r WHERE r.aanlevering.ministerie = :m AND r.aanlevering.ronde.jaar = :j AND r.aanlevering.status = :s ORDER BY r.onderdeel.code, r.provincie.volgorde, r.gemeente")
@NamedQuery(
        name = AanleveringRegel.VERWIJDER_VAN_RONDE,
        query =
                "DELETE FROM AanleveringRegel r WHERE r.aanlevering IN (SELECT a FROM Aanlevering a WHERE a.ronde = :ronde)")
@NamedQuery(
        name = AanleveringRegel.PER_MINISTERIE_IN_RONDE,
        query =
                "SELECT r.aanlevering.ministerie.code, COUNT(r), SUM(r.fte) FROM AanleveringRegel r WHERE r.aanlevering.ronde = :ronde GROUP BY r.aanlevering.ministerie.code ORDER BY r.aanlevering.ministerie.code")
public class AanleveringRegel {

    public static final String FTE_PER_ONDERDEEL_EN_PROVINCIE = "AanleveringRegel.fte_per_onderdeel_en_provincie";
    public static final String VAN_MINISTERIE_IN_JAAR = "AanleveringRegel.van_ministerie_in_jaar";

    public static final String VAN_AANLEVERING = "AanleveringRegel.van_aanlevering";
    public static final String VERWIJDER_VAN_AANLEVERING = "AanleveringRegel.verwijder_van_aanlevering";
    public static final String VERWIJDER_VAN_RONDE = "AanleveringRegel.verwijder_van_ronde";
    public static final String PER_MINISTERIE_IN_RONDE = "AanleveringRegel.per_ministerie_in_ronde";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "aanlevering_id")
    private Aanlevering aanlevering;

    @ManyToOne(optional = false)
    @JoinColumn(name = "onderdeel_id")
    private Organisatieonderdeel onderdeel;

    @ManyToOne(optional = false)
    @JoinColumn(name = "provincie_code")
    private Provincie provincie;

    private String gemeente = "";
    private BigDecimal fte;

    @Column(name = "prognose_1")
    private BigDecimal prognose1;

    @Column(name = "prognose_2")
    private BigDecimal prognose2;

    @Column(name = "prognose_3")
    private BigDecimal prognose3;

    @Column(name = "prognose_4")
    private BigDecimal prognose4;

    @Column(name = "prognose_5")
    private BigDecimal prognose5;

    private String toelichting;

    protected AanleveringRegel() {}

    public AanleveringRegel(
            Aanlevering aanlevering,
            Organisatieonderdeel onderdeel,
            Provincie provincie,
            String gemeente,
            BigDecimal fte,
            List<BigDecimal> prognose,
            String toelichting) {
        this.aanlevering = aanlevering;
        this.onderdeel = onderdeel;
        this.provincie = provincie;
        this.gemeente = gemeente == null ? "" : gemeente;
        this.fte = fte;
        // One value per year of the round's horizon; the columns after it stay empty (all of them in a historical
        // round).
        if (prognose.size() != aanlevering.getRonde().getAantalPrognosejaren()) {
            throw new IllegalArgumentException("prognose voor " + prognose.size() + " jaar, de ronde vraagt "
                    + aanlevering.getRonde().getAantalPrognosejaren());
        }
        this.prognose1 = prognose.isEmpty() ? null : prognose.get(0);
        this.prognose2 = prognose.size() > 1 ? prognose.get(1) : null;
        this.prognose3 = prognose.size() > 2 ? prognose.get(2) : null;
        this.prognose4 = prognose.size() > 3 ? prognose.get(3) : null;
        this.prognose5 = prognose.size() > 4 ? prognose.get(4) : null;
        this.toelichting = toelichting;
    }

    public Long getId() {
        return id;
    }

    public Aanlevering getAanlevering() {
        return aanlevering;
    }

    public Organisatieonderdeel getOnderdeel() {
        return onderdeel;
    }

    public Provincie getProvincie() {
        return provincie;
    }

    public String getGemeente() {
        return gemeente;
    }

    public BigDecimal getFte() {
        return fte;
    }
    /** The prognosis per year of the round's horizon (its first year first). */
    public List<BigDecimal> getPrognose() {
        return Arrays.asList(prognose1, prognose2, prognose3, prognose4, prognose5)
                .subList(0, aanlevering.getRonde().getAantalPrognosejaren());
    }

    public String getToelichting() {
        return toelichting;
    }
}
