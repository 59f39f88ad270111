package nl.bzk.spreiding.documents.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import nl.bzk.spreiding.documents.entity.Document;
import nl.bzk.spreiding.documents.entity.DocumentBestand;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.security.entity.Rol;

/** Generated documents: read-only, for BZK, signers and archivists (ministry contacts do not see draft letters). */
@Stateless
@RolesAllowed({Rol.BZK_COORDINATOR_NAAM, Rol.ADMIN_NAAM, Rol.ARCHIVIST_NAAM, Rol.ONDERTEKENAAR_NAAM})
public class Documenten {

    @PersistenceContext
    private EntityManager em;

    public List<Document> lijst(Documentsoort soort, Integer jaar) {
        // Conditions only for the filters given: PostgreSQL cannot type a null parameter in "(:p IS NULL OR ...)".
        String jpql = "SELECT d FROM Document d WHERE 1 = 1" + (soort != null ? " AND d.soort = :soort" : "")
                + (jaar != null ? " AND d.jaar = :jaar" : "") + " ORDER BY d.gemaaktOp DESC, d.id DESC";
        TypedQuery<Document> q = em.createQuery(jpql, Document.class).setMaxResults(500);
        if (soort != null) {
            q.setParameter("soort", soort);
        }
        if (jaar != null) {
            q.setParameter("jaar", jaar);
        }
        return q.getResultList();
    }

    public Document haal(long id) {
        Document d = em.find(Document.class, id);
        if (d == null) {
            throw Fout.nietGevonden("Document " + id + " bestaat niet");
        }
        return d;
    }

    public byte[] pdf(long id) {
        haal(id);
        DocumentBestand b = em.find(DocumentBestand.class, id);
        if (b == null) {
            throw Fout.nietGevonden("Het bestand van document " + id + " ontbreekt");
        }
        return b.getPdf();
    }
}
