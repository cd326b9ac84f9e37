package org.deskline.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Reader;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.deskline.security.entity.AuditEntry;

/** The audit trail of staff actions: written in the caller's transaction, read by administrators, managers and QC. */
@Stateless
public class AuditTrail {

    public static final String SYSTEM = "system";
    private static final int TEXT_MAX = 160;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(String actor, String action, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, detail));
    }

    /** Newest first; actor and action are matched exactly when given, text anywhere in action or detail. */
    public List<AuditEntry> search(String actor, String text, Instant since, int first, int max) {
        return query(AuditEntry.class, "select a", actor, text, since).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long count(String actor, String text, Instant since) {
        return query(Long.class, "select count(a)", actor, text, since).getSingleResult();
    }

    private <T> TypedQuery<T> query(Class<T> type, String select, String actor, String text, Instant since) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry a where 1 = 1");
        if (actor != null && !actor.isBlank()) {
            jpql.append(" and a.actor = :actor");
        }
        if (text != null && !text.isBlank()) {
            jpql.append(" and (lower(a.action) like :text or lower(a.detail) like :text)");
        }
        if (since != null) {
            jpql.append(" and a.occurredAt >= :since");
        }
        if (type == AuditEntry.class) {
            jpql.append(" order by a.occurredAt desc, a.id desc");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        if (actor != null && !actor.isBlank()) {
            query.setParameter("actor", actor.strip());
        }
        if (text != null && !text.isBlank()) {
            query.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (since != null) {
            query.setParameter("since", since);
        }
        return query;
    }

    /** The arguments of an action as the audit shows them; redacted ones as {@code ***}. */
    public static String describe(Object[] arguments, boolean[] redacted) {
        StringJoiner text = new StringJoiner(", ");
        for (int i = 0; i < arguments.length; i++) {
            text.add(i < redacted.length && redacted[i] ? "***" : show(arguments[i]));
        }
        return text.toString();
    }

    private static String show(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Reader || value instanceof InputStream) {
            return "(file)";
        }
        if (value instanceof char[] || value instanceof byte[]) {
            return "***";
        }
        if (value instanceof int[] numbers) {
            return java.util.Arrays.toString(numbers);
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof TemporalAccessor || value instanceof CharSequence || value instanceof Collection<?>
                || value instanceof Record) {
            String s = value.toString().replace('\n', ' ');
            if (value instanceof CharSequence) {
                s = "\"" + s + "\"";
            }
            return s.length() <= TEXT_MAX ? s : s.substring(0, TEXT_MAX - 1) + "\u2026";
        }
        return value.getClass().getSimpleName();
    }
}
