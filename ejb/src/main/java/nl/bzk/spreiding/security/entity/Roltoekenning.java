package nl.bzk.spreiding.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import nl.bzk.spreiding.platform.Fout;

/**
 * A grant of a role that, with the others, could produce a signed letter ({@link Rol#isGevoelig()}): the
 * coordinator's, the signer's and the administrator's (issue 30, finding 3). Once two administrators are active, the
 * grant waits until an administrator other than the one who asked approves it; while a single administrator exists
 * (every fresh installation starts that way) it takes effect at once, is announced to every holder of the role and
 * stays listed as granted without a second administrator.
 */
@Entity
@Table(name = "roltoekenning")
@NamedQuery(
        name = Roltoekenning.MET_STATUS,
        query = "SELECT t FROM Roltoekenning t WHERE t.status = :status ORDER BY t.aangevraagdOp, t.id")
@NamedQuery(
        name = Roltoekenning.ZONDER_TWEEDE_BEHEERDER,
        query =
                "SELECT t FROM Roltoekenning t WHERE t.zonderTweedeBeheerder = TRUE ORDER BY t.aangevraagdOp DESC, t.id DESC")
@NamedQuery(
        name = Roltoekenning.WACHTEND_VOOR,
        query = "SELECT t FROM Roltoekenning t WHERE t.gebruiker = :gebruiker AND t.status = :status ORDER BY t.id")
@NamedQuery(
        name = Roltoekenning.AANKONDIGINGEN,
        query = "SELECT t FROM Roltoekenning t WHERE t.zonderTweedeBeheerder = TRUE AND t.rol IN :rollen "
                + "AND t.aangevraagdOp >= :sinds ORDER BY t.aangevraagdOp DESC, t.id DESC")
public class Roltoekenning {

    public static final String MET_STATUS = "Roltoekenning.metStatus";
    public static final String ZONDER_TWEEDE_BEHEERDER = "Roltoekenning.zonderTweedeBeheerder";
    public static final String WACHTEND_VOOR = "Roltoekenning.wachtendVoor";
    public static final String AANKONDIGINGEN = "Roltoekenning.aankondigingen";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "gebruiker_id")
    private Gebruiker gebruiker;

    @Enumerated(EnumType.STRING)
    private Rol rol;

    @Enumerated(EnumType.STRING)
    private Toekenningsstatus status;

    @Column(name = "zonder_tweede_beheerder")
    private boolean zonderTweedeBeheerder;

    @Column(name = "aangevraagd_door")
    private String aangevraagdDoor;

    @Column(name = "aangevraagd_op")
    private OffsetDateTime aangevraagdOp;

    @Column(name = "beoordeeld_door")
    private String beoordeeldDoor;

    @Column(name = "beoordeeld_op")
    private OffsetDateTime beoordeeldOp;

    @Version
    private long version;

    protected Roltoekenning() {}

    private Roltoekenning(Gebruiker gebruiker, Rol rol, String wie, OffsetDateTime nu) {
        if (!rol.isGevoelig()) {
            throw new IllegalArgumentException(rol + " vraagt geen tweede beheerder");
        }
        this.gebruiker = gebruiker;
        this.rol = rol;
        this.aangevraagdDoor = wie;
        this.aangevraagdOp = nu;
    }

    /** Asked for while two or more administrators are active: waits for another one. */
    public static Roltoekenning aangevraagd(Gebruiker gebruiker, Rol rol, String wie, OffsetDateTime nu) {
        Roltoekenning t = new Roltoekenning(gebruiker, rol, wie, nu);
        t.status = Toekenningsstatus.WACHT_OP_TWEEDE_BEHEERDER;
        return t;
    }

    /** Granted by the only active administrator: in effect at once, and announced (the caller mails). */
    public static Roltoekenning zonderTweedeBeheerder(Gebruiker gebruiker, Rol rol, String wie, OffsetDateTime nu) {
        Roltoekenning t = new Roltoekenning(gebruiker, rol, wie, nu);
        t.status = Toekenningsstatus.VERLEEND;
        t.zonderTweedeBeheerder = true;
        t.beoordeeldDoor = wie;
        t.beoordeeldOp = nu;
        return t;
    }

    /**
     * Why {@code wie} may not approve or refuse this grant now, as the refusal to throw, or null when they may: the one
     * answer for the page's buttons and the command. Four eyes: not the administrator who asked, not the account itself.
     */
    public Fout waaromNietBeoordelen(String wie) {
        if (status != Toekenningsstatus.WACHT_OP_TWEEDE_BEHEERDER) {
            return Fout.conflict("Deze toekenning van de rol " + rol.getLabel() + " aan " + gebruiker.getNaam()
                    + " is al " + status.inZin() + " door " + beoordeeldDoor);
        }
        if (wie.equals(aangevraagdDoor)) {
            return Fout.geenToegang(
                    "Vier ogen: u vroeg deze rol zelf aan; een andere beheerder keurt de toekenning goed");
        }
        if (wie.equals(gebruiker.getGebruikersnaam())) {
            return Fout.geenToegang("U kunt geen rol aan uzelf toekennen; een andere beheerder beoordeelt dit");
        }
        return null;
    }

    /** The second administrator approves: the account holds the role from now. */
    public void keurGoed(String wie, OffsetDateTime nu) {
        beoordeel(wie, nu, Toekenningsstatus.VERLEEND);
        try {
            gebruiker.voegRolToe(rol, nu);
        } catch (IllegalArgumentException e) {
            throw Fout.conflict("De rol " + rol.getLabel() + " kan niet worden toegekend aan " + gebruiker.getNaam()
                    + ": " + e.getMessage());
        }
    }

    public void wijsAf(String wie, OffsetDateTime nu) {
        beoordeel(wie, nu, Toekenningsstatus.AFGEWEZEN);
    }

    private void beoordeel(String wie, OffsetDateTime nu, Toekenningsstatus uitkomst) {
        Fout waarom = waaromNietBeoordelen(wie);
        if (waarom != null) {
            throw waarom;
        }
        status = uitkomst;
        beoordeeldDoor = wie;
        beoordeeldOp = nu;
    }

    public Long getId() {
        return id;
    }

    public Gebruiker getGebruiker() {
        return gebruiker;
    }

    public Rol getRol() {
        return rol;
    }

    public Toekenningsstatus getStatus() {
        return status;
    }

    public boolean isZonderTweedeBeheerder() {
        return zonderTweedeBeheerder;
    }

    public String getAangevraagdDoor() {
        return aangevraagdDoor;
    }

    public OffsetDateTime getAangevraagdOp() {
        return aangevraagdOp;
    }

    public String getBeoordeeldDoor() {
        return beoordeeldDoor;
    }

    public OffsetDateTime getBeoordeeldOp() {
        return beoordeeldOp;
    }

    public long getVersion() {
        return version;
    }
}
