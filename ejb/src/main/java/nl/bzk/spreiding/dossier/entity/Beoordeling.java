package nl.bzk.spreiding.dossier.entity;

import jakarta.persistence.CollectionTable;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One reviewer's decision on one version at one step of the route, with the comments; never changes. */
@Entity
@Table(name = "beoordeling")
@NamedQuery(
        name = Beoordeling.VAN_DOSSIER,
        query = "SELECT b FROM Beoordeling b WHERE b.dossier = :dossier ORDER BY b.op, b.id")
public class Beoordeling {

    public static final String VAN_DOSSIER = "Beoordeling.vanDossier";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Briefdossier dossier;

    private int versie;
    /** The step, counted from 1 as people read it. */
    private int stap;

    private String functie;

    @Enumerated(EnumType.STRING)
    private Besluit besluit;

    private String door;
    private String naam;
    private OffsetDateTime op;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "beoordeling_opmerking", joinColumns = @JoinColumn(name = "beoordeling_id"))
    @OrderColumn(name = "volgorde")
    private List<Opmerking> opmerkingen = new ArrayList<>();

    /** Who approved version {@code versie}: one paraaf per person per version, and no signature on top of it. */
    public static Set<String> geparafeerd(List<Beoordeling> beoordelingen, int versie) {
        return beoordelingen.stream()
                .filter(b -> b.getVersie() == versie && b.getBesluit() == Besluit.GOEDGEKEURD)
                .map(Beoordeling::getDoor)
                .collect(Collectors.toUnmodifiableSet());
    }

    protected Beoordeling() {}

    Beoordeling(
            Briefdossier dossier,
            int versie,
            int stap,
            String functie,
            Besluit besluit,
            String door,
            String naam,
            OffsetDateTime op,
            List<Opmerking> opmerkingen) {
        this.dossier = dossier;
        this.versie = versie;
        this.stap = stap;
        this.functie = functie;
        this.besluit = besluit;
        this.door = door;
        this.naam = naam;
        this.op = op;
        this.opmerkingen = new ArrayList<>(opmerkingen);
    }

    public Long getId() {
        return id;
    }

    public Briefdossier getDossier() {
        return dossier;
    }

    public int getVersie() {
        return versie;
    }

    public int getStap() {
        return stap;
    }

    public String getFunctie() {
        return functie;
    }

    public Besluit getBesluit() {
        return besluit;
    }

    public String getDoor() {
        return door;
    }

    public String getNaam() {
        return naam;
    }

    public OffsetDateTime getOp() {
        return op;
    }

    public List<Opmerking> getOpmerkingen() {
        return List.copyOf(opmerkingen);
    }
}
