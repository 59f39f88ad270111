package nl.bzk.spreiding.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Failed sign-ins under one key: a login name from one address ("naam:...|adres:..."), a login name from anywhere
 * ("naam:...") or a client address ("adres:..."). From the threshold on,
 * every further failure blocks the key for twice as long as the previous one (exponential back-off), up to a ceiling.
 * A quiet period without failures forgets the count. Login names that do not exist are counted like those that do.
 */
@Entity
@Table(name = "aanmeldpoging")
public class Aanmeldpoging {

    /** Failures older than this are forgotten, unless the key is still blocked. */
    public static final Duration VENSTER = Duration.ofMinutes(15);
    /** The first block lasts this long; each further failure doubles it. */
    public static final Duration EERSTE_BLOKKADE = Duration.ofSeconds(30);

    public static final Duration LANGSTE_BLOKKADE = Duration.ofMinutes(15);

    @Id
    private String sleutel;

    private int mislukt;
    private OffsetDateTime laatste;

    @Column(name = "geblokkeerd_tot")
    private OffsetDateTime geblokkeerdTot;

    protected Aanmeldpoging() {}

    public Aanmeldpoging(String sleutel, OffsetDateTime nu) {
        this.sleutel = sleutel;
        this.laatste = nu;
    }

    public boolean isGeblokkeerd(OffsetDateTime nu) {
        return geblokkeerdTot != null && geblokkeerdTot.isAfter(nu);
    }

    /**
     * Counts one failure.
     *
     * @param drempel the number of failures from which the key is blocked
     * @return true when this failure started a block (worth an audit line)
     */
    public boolean registreerMislukt(OffsetDateTime nu, int drempel) {
        return registreerMislukt(nu, drempel, LANGSTE_BLOKKADE);
    }

    /**
     * Counts one failure; a block lasts at most {@code langste}. A short ceiling slows a key down instead of locking it
     * (the per-name key, which an attacker from elsewhere must not turn into a lockout of the owner).
     */
    public boolean registreerMislukt(OffsetDateTime nu, int drempel, Duration langste) {
        if (!isGeblokkeerd(nu) && laatste.plus(VENSTER).isBefore(nu)) {
            mislukt = 0;
        }
        mislukt++;
        laatste = nu;
        if (mislukt < drempel) {
            return false;
        }
        Duration duur = blokkade(mislukt - drempel);
        geblokkeerdTot = nu.plus(duur.compareTo(langste) > 0 ? langste : duur);
        return true;
    }

    /** 30 s, 60 s, 120 s, ... at most 15 minutes. */
    static Duration blokkade(int keerBovenDrempel) {
        int verdubbelingen = Math.min(keerBovenDrempel, 10);
        Duration duur = EERSTE_BLOKKADE.multipliedBy(1L << verdubbelingen);
        return duur.compareTo(LANGSTE_BLOKKADE) > 0 ? LANGSTE_BLOKKADE : duur;
    }

    public String getSleutel() {
        return sleutel;
    }

    public int getMislukt() {
        return mislukt;
    }

    public OffsetDateTime getGeblokkeerdTot() {
        return geblokkeerdTot;
    }
}
