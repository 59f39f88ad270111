package nl.bzk.spreiding.actionplan.service;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Replaces an ordered list of texts (actions, stand van zaken) in its collection table. EclipseLink writes a changed
 * element collection with an order column as inserts before deletes, which collides with the primary key
 * (owner, positie); replacing the rows directly, delete first, avoids that.
 */
final class Tekstlijst {

    private Tekstlijst() {}

    static void vervang(EntityManager em, String tabel, String eigenaarKolom, long eigenaar, List<String> teksten) {
        em.flush();
        em.createNativeQuery("DELETE FROM " + tabel + " WHERE " + eigenaarKolom + " = ?")
                .setParameter(1, eigenaar)
                .executeUpdate();
        for (int i = 0; i < teksten.size(); i++) {
            em.createNativeQuery("INSERT INTO " + tabel + " (" + eigenaarKolom + ", positie, tekst) VALUES (?, ?, ?)")
                    .setParameter(1, eigenaar)
                    .setParameter(2, i)
                    .setParameter(3, teksten.get(i))
                    .executeUpdate();
        }
    }
}
