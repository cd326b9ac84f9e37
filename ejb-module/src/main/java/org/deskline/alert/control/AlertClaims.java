package org.deskline.alert.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.deskline.alert.entity.Alert;

/**
 * The relay's bookkeeping, each step its own short transaction so that other servers see it at once: claim
 * pending alerts with a lease (row by row, locked and read again, so two servers never hold the same alert),
 * then record what the broker accepted, what failed and what is malformed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AlertClaims {

    /** How long a claim holds; a relay that dies with claims leaves them to others after this. */
    static final Duration LEASE = Duration.ofSeconds(60);

    @PersistenceContext
    EntityManager em;

    /** Claims up to {@code max} sendable alerts, oldest first; returns them (detached) in send order. */
    public List<Alert> claim(String token, Instant now, int max) {
        List<String> candidates = em.createNamedQuery(Alert.CLAIMABLE, String.class).setParameter("now", now)
                .setMaxResults(max).getResultList();
        List<Alert> claimed = new ArrayList<>();
        for (String id : candidates) {
            Alert alert = em.find(Alert.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (alert != null && alert.claim(token, now, now.plus(LEASE))) {
                claimed.add(alert);
            }
        }
        return claimed;
    }

    public void sent(Collection<String> ids, Instant at) {
        ids.forEach(id -> em.find(Alert.class, id).sent(at));
    }

    public void failed(String id, String error, Instant now) {
        em.find(Alert.class, id).failed(error, now);
    }

    public void park(String id, String reason) {
        em.find(Alert.class, id).park(reason);
    }

    public void release(Collection<String> ids) {
        ids.forEach(id -> em.find(Alert.class, id).release());
    }
}
