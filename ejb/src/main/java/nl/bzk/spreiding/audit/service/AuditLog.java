package nl.bzk.spreiding.audit.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.bzk.spreiding.audit.entity.AuditRegel;
import nl.bzk.spreiding.platform.Filtervraag;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * Writes the audit trail. Runs inside the caller's transaction, so a change and its audit line
 * are stored together or not at all.
 */
@Stateless
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * @param voor snapshot before the change (null on creation), any JSON-B serialisable value
     * @param na   snapshot after the change (null on deletion)
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void vastleggen(
            String actie, String entiteit, Object entiteitId, Long ministerieId, Object voor, Object na) {
        em.persist(new AuditRegel(
                OffsetDateTime.now(ZoneOffset.UTC),
                wie(),
                actie,
                entiteit,
                String.valueOf(entiteitId),
                ministerieId,
                voor == null ? null : JSON.toJson(voor),
                na == null ? null : JSON.toJson(na)));
    }

    @RolesAllowed({Rol.ADMIN_NAAM, Rol.BZK_COORDINATOR_NAAM})
    public List<AuditRegel> zoek(String entiteit, String entiteitId, int max) {
        return Filtervraag.van(AuditRegel.class, "SELECT a FROM AuditRegel a")
                .met("a.entiteit = :entiteit", "entiteit", entiteit)
                .met("a.entiteitId = :entiteitId", "entiteitId", entiteitId)
                .volgorde("a.id DESC")
                .query(em)
                .setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultList();
    }

    private String wie() {
        // Start-up work (migrations, demo data) runs without a caller; GlassFish names that caller ANONYMOUS. Both are
        // recorded as the reserved run-as principal, whose name no account can carry ("systeem" could: issue 30).
        String naam = context.getCallerPrincipal() == null
                ? null
                : context.getCallerPrincipal().getName();
        return naam == null || "ANONYMOUS".equals(naam) ? Rol.SYSTEEMTAAK : naam;
    }
}
