package nl.bzk.spreiding.referentie.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A province by its CBS code (PV20..PV31), or the group "niet toe te delen" (code NTD). */
@Entity
@Table(name = "provincie")
@Cacheable
@NamedQuery(name = Provincie.ALLE, query = "SELECT p FROM Provincie p ORDER BY p.volgorde")
public class Provincie {

    public static final String ALLE = "Provincie.alle";

    public static final String NIET_TOE_TE_DELEN = "NTD";

    @Id
    private String code;

    private String naam;
    private boolean randstad;

    @Column(name = "toe_te_delen")
    private boolean toeTeDelen;

    private int volgorde;

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public boolean isRandstad() {
        return randstad;
    }
    /** False only for "niet toe te delen": FTE that cannot be placed in one province. */
    public boolean isToeTeDelen() {
        return toeTeDelen;
    }

    public int getVolgorde() {
        return volgorde;
    }
}
