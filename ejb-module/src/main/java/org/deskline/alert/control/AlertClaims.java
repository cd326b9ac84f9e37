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
import java.util.Map;
import java.util.stream.Collectors;
import org.deskline.alert.entity.Alert;
import org.deskline.alert.entity.RelayInstance;

/**
 * The relay's bookkeeping, each step its own short transaction so that other servers see it at once: claim
 * pending alerts with a lease (row by row, locked and read again, so two servers never hold the same alert),
 * then record what the broker accepted, what failed and what is malformed. Issue 22: a claim holds only while the
 * relay that made it beats ({@link #beat}); a relay that stopped beating for {@link #STALE} loses its claims.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AlertClaims {

    /** How long a claim holds; a relay that dies with claims leaves them to others after this. */
    static final Duration LEASE = Duration.ofSeconds(60);

    /** A relay whose last heartbeat is older than this is dead: its claims are free (it beats every second). */
    public static final Duration STALE = Duration.ofSeconds(3);

    @PersistenceContext
    EntityManager em;

    /**
     * Claims up to {@code max} sendable alerts for the relay {@code relay}, oldest first; returns them (detached)
     * in send order.
     */
    public List<Alert> claim(String relay, Instant now, int max) {
        Instant alive = now.minus(STALE);
        List<String> candidates = em.createNamedQuery(Alert.CLAIMABLE, String.class).setParameter("now", now)
                .setParameter("alive", alive).setMaxResults(max).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // two statements, not one a row: the candidates, then all of them locked and read fresh (H2 takes no
        // FOR UPDATE after a LIMIT, so the lock cannot ride on the first)
        Map<String, Alert> locked = em.createNamedQuery(Alert.WITH_IDS, Alert.class).setParameter("ids", candidates)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .collect(Collectors.toMap(Alert::getId, alert -> alert));
        List<Alert> claimed = new ArrayList<>();
        for (String id : candidates) {
            Alert alert = locked.get(id);
            if (alert != null && alert.claim(relay, now, now.plus(LEASE), beats(alert.getClaimedBy(), alive))) {
                claimed.add(alert);
            }
        }
        return claimed;
    }

    private boolean beats(String relay, Instant since) {
        if (relay == null) {
            return false;
        }
        RelayInstance instance = em.find(RelayInstance.class, relay);
        return instance != null && !instance.getBeatAt().isBefore(since);
    }

    /** The relay {@code relay} lives at {@code now}; its row is written on the first beat. */
    public void beat(String relay, String host, Instant now) {
        RelayInstance instance = em.find(RelayInstance.class, relay);
        if (instance == null) {
            em.persist(new RelayInstance(relay, host, now));
        } else {
            instance.beat(now);
        }
    }

    /** Forgets the relays that stopped beating; returns how many (their claims are free already). */
    public int forgetDead(Instant now) {
        return em.createQuery("delete from RelayInstance r where r.beatAt < :alive")
                .setParameter("alive", now.minus(STALE)).executeUpdate();
    }

    /** A relay stopping in good order: its claims are free at once. */
    public void gone(String relay) {
        RelayInstance instance = em.find(RelayInstance.class, relay);
        if (instance != null) {
            em.remove(instance);
        }
    }

    /** The relays that beat now, most recently started first (the console's and operators' view). */
    public List<RelayInstance> alive(Instant now) {
        return em.createQuery("select r from RelayInstance r where r.beatAt >= :alive order by r.startedAt desc",
                RelayInstance.class).setParameter("alive", now.minus(STALE)).getResultList();
    }

    public void sent(Collection<String> ids, Instant at) {
        withIds(ids).forEach(alert -> alert.sent(at));
    }

    public void failed(String id, String error, Instant now) {
        em.find(Alert.class, id).failed(error, now);
    }

    public void park(String id, String reason) {
        em.find(Alert.class, id).park(reason);
    }

    public void release(Collection<String> ids) {
        withIds(ids).forEach(Alert::release);
    }

    /** The alerts with these ids, read in one statement (they are few: at most one relay batch). */
    private List<Alert> withIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Alert.WITH_IDS, Alert.class).setParameter("ids", ids).getResultList();
    }
}
