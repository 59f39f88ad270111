package nl.bzk.spreiding.actionplan.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A measure of the action plan (motie-Flach/Zeedijk): code (1a .. 7), title, objective and actions. */
@Entity
@Table(name = "maatregel")
@NamedQuery(name = Maatregel.ALLE, query = "SELECT m FROM Maatregel m ORDER BY m.volgorde")
@NamedQuery(name = Maatregel.MET_CODE, query = "SELECT m FROM Maatregel m WHERE m.code = :code")
@NamedQuery(name = Maatregel.MET_CODE_C, query = "SELECT m FROM Maatregel m WHERE m.code = :c")
public class Maatregel {

    public static final String ALLE = "Maatregel.alle";
    public static final String MET_CODE = "Maatregel.met_code";
    public static final String MET_CODE_C = "Maatregel.met_code_c";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String titel;
    private String doelstelling;
    private int volgorde;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "maatregel_actie", joinColumns = @JoinColumn(name = "maatregel_id"))
    @OrderColumn(name = "positie")
    @Column(name = "tekst")
    private List<String> acties = new ArrayList<>();

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitel() {
        return titel;
    }

    public String getDoelstelling() {
        return doelstelling;
    }

    public int getVolgorde() {
        return volgorde;
    }

    public List<String> getActies() {
        return List.copyOf(acties);
    }

    public long getVersion() {
        return version;
    }

    /** The actions are replaced by the service (see Tekstlijst), not through this entity. */
    public void wijzig(String titel, String doelstelling) {
        this.titel = titel;
        this.doelstelling = doelstelling;
    }
}
