package nl.bzk.spreiding.dossier.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.documents.entity.Documentsoort;

/**
 * One version of the set: the four generated documents, and everyone who contributed to it (who made it and who
 * changed a text since the previous version), none of whom may approve it.
 */
@Entity
@Table(name = "dossierversie")
@NamedQuery(
        name = Dossierversie.VAN_DOSSIER,
        query = "SELECT v FROM Dossierversie v WHERE v.dossier = :dossier ORDER BY v.nummer DESC")
@NamedQuery(
        name = Dossierversie.MET_DOCUMENT,
        query = "SELECT v FROM Dossierversie v JOIN v.documenten d WHERE d = :document")
public class Dossierversie {

    public static final String VAN_DOSSIER = "Dossierversie.vanDossier";
    public static final String MET_DOCUMENT = "Dossierversie.metDocument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Briefdossier dossier;

    private int nummer;

    @Column(name = "gemaakt_door")
    private String gemaaktDoor;

    @Column(name = "gemaakt_op")
    private OffsetDateTime gemaaktOp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dossierversie_document", joinColumns = @JoinColumn(name = "versie_id"))
    @MapKeyColumn(name = "soort")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "document_id")
    private Map<Documentsoort, Long> documenten = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dossierversie_bijdrager", joinColumns = @JoinColumn(name = "versie_id"))
    @Column(name = "gebruikersnaam")
    private Set<String> bijdragers = new HashSet<>();

    protected Dossierversie() {}

    Dossierversie(
            Briefdossier dossier,
            int nummer,
            String gemaaktDoor,
            OffsetDateTime gemaaktOp,
            Map<Documentsoort, Long> documenten,
            Set<String> bijdragers) {
        this.dossier = dossier;
        this.nummer = nummer;
        this.gemaaktDoor = gemaaktDoor;
        this.gemaaktOp = gemaaktOp;
        this.documenten = new HashMap<>(documenten);
        this.bijdragers = new HashSet<>(bijdragers);
        this.bijdragers.add(gemaaktDoor);
    }

    /** Four-eyes: whoever made or changed this version may not approve or sign it. */
    public boolean heeftBijgedragen(String gebruikersnaam) {
        return bijdragers.contains(gebruikersnaam);
    }

    public Long getId() {
        return id;
    }

    public Briefdossier getDossier() {
        return dossier;
    }

    public int getNummer() {
        return nummer;
    }

    public String getGemaaktDoor() {
        return gemaaktDoor;
    }

    public OffsetDateTime getGemaaktOp() {
        return gemaaktOp;
    }

    public Set<String> getBijdragers() {
        return Set.copyOf(bijdragers);
    }

    /** The documents in the order of the set. */
    public Map<Documentsoort, Long> getDocumenten() {
        Map<Documentsoort, Long> m = new EnumMap<>(Documentsoort.class);
        m.putAll(documenten);
        return m;
    }
}
