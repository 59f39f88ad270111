package nl.bzk.spreiding.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL query whose filters combine: each filter is a condition and its parameter in one call, taken only when the
 * user gave a value. No {@code WHERE 1 = 1} string chains and no second run of ifs to set the parameters; and no
 * {@code (:p IS NULL OR ...)}, which PostgreSQL cannot type for a null parameter.
 */
public final class Filtervraag<T> {

    private final Class<T> type;
    private final String basis;
    private final List<String> voorwaarden = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String groepering = "";
    private String volgorde = "";

    private Filtervraag(Class<T> type, String basis) {
        this.type = type;
        this.basis = basis;
    }

    /** @param basis the query up to its conditions, e.g. {@code "SELECT c FROM Casus c"} */
    public static <T> Filtervraag<T> van(Class<T> type, String basis) {
        return new Filtervraag<>(type, basis);
    }

    /** Adds {@code voorwaarde} with {@code :naam = waarde} when a value was given (not null, not blank text). */
    public Filtervraag<T> met(String voorwaarde, String naam, Object waarde) {
        if (waarde != null && !(waarde instanceof String s && s.isBlank())) {
            voorwaarden.add(voorwaarde);
            parameters.put(naam, waarde);
        }
        return this;
    }

    public Filtervraag<T> groepeer(String groupBy) {
        this.groepering = " GROUP BY " + groupBy;
        return this;
    }

    public Filtervraag<T> volgorde(String orderBy) {
        this.volgorde = " ORDER BY " + orderBy;
        return this;
    }

    /** The JPQL this filter produces (for tests and logging). */
    public String jpql() {
        return basis
                + (voorwaarden.isEmpty() ? "" : " WHERE " + String.join(" AND ", voorwaarden))
                + groepering
                + volgorde;
    }

    public TypedQuery<T> query(EntityManager em) {
        TypedQuery<T> q = em.createQuery(jpql(), type);
        parameters.forEach(q::setParameter);
        return q;
    }
}
