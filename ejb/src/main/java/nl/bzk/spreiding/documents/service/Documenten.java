package nl.bzk.spreiding.documents.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.bzk.spreiding.documents.entity.Document;
import nl.bzk.spreiding.documents.entity.DocumentBestand;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.platform.Filtervraag;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.security.entity.Rol;

/** Generated documents: read-only, for BZK, signers and archivists (ministry contacts do not see draft letters). */
@Stateless
@RolesAllowed({Rol.BZK_COORDINATOR_NAAM, Rol.ARCHIVIST_NAAM, Rol.ONDERTEKENAAR_NAAM})
public class Documenten {

    @PersistenceContext
    private EntityManager em;

    public List<Document> lijst(Documentsoort soort, Integer jaar) {
        return Filtervraag.van(Document.class, "SELECT d FROM Document d")
                .met("d.soort = :soort", "soort", soort)
                .met("d.jaar = :jaar", "jaar", jaar)
                .volgorde("d.gemaaktOp DESC, d.id DESC")
                .query(em)
                .setMaxResults(500)
                .getResultList();
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
