package org.deskline.alert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.deskline.alert.entity.DeliveryState;

/**
 * The outbox at a glance (how many alerts wait, went out, are parked, and since when the oldest waits): for the
 * console ({@link AlertLog#health}, staff only) and for the readiness check, which nobody signs in to (issue 22).
 * Counts only; no alert's content.
 */
@ApplicationScoped
public class OutboxGauge {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public AlertLog.RelayHealth read() {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        em.createQuery("select a.state, count(a) from Alert a group by a.state", Object[].class).getResultList()
                .forEach(row -> counts.put((DeliveryState) row[0], ((Number) row[1]).longValue()));
        // ordered read, not min(): an aggregate would bypass the Instant converter on PostgreSQL
        Instant oldest = em.createQuery("select a.occurredAt from Alert a where a.state = "
                        + "org.deskline.alert.entity.DeliveryState.PENDING order by a.occurredAt", Instant.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        long relays = em.createQuery("select count(r) from RelayInstance r where r.beatAt >= :alive", Long.class)
                .setParameter("alive", clock.instant().minus(AlertClaims.STALE)).getSingleResult();
        return new AlertLog.RelayHealth(counts.getOrDefault(DeliveryState.PENDING, 0L),
                counts.getOrDefault(DeliveryState.SENT, 0L), counts.getOrDefault(DeliveryState.PARKED, 0L), oldest,
                relays);
    }
}
