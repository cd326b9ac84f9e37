package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.SynchronizationType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.deskline.platform.control.CacheGenerations;
import org.deskline.sla.entity.SupportPlan;

/**
 * Where the SLA feature finds a support plan (S1). Plans are read by every create and reply but change rarely, so
 * they stay in EclipseLink's shared cache ({@code @Cacheable}) under the {@value #GENERATION} cache generation (issue
 * 21: the plan with its targets, routes and tiers cost about ten statements a create): saving a plan counts the
 * generation up in its transaction ({@link #changed()}); this server's cache holds the saved plan from the commit on,
 * and every other server drops its cached plans within a second of it. An operator who changes {@code sla_plan*} rows
 * in SQL counts the generation up too (docs/operations.md).
 */
@ApplicationScoped
public class SupportPlans {

    static final String GENERATION = "sla-plans";
    private static final Duration LOOK = Duration.ofSeconds(1);

    /** Fired in the transaction that saved a plan; observed after its commit. */
    public record Changed() {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CacheGenerations generations;

    @Inject
    Event<Changed> changes;

    @Inject
    Clock clock;

    private volatile long generation = -1;
    private volatile Instant lookedAt = Instant.MIN;

    /** The plan with this code, or null if there is none. */
    public SupportPlan find(String code) {
        if (code == null) {
            return null;
        }
        Instant now = clock.instant();
        if (generation < 0 || now.isAfter(lookedAt.plus(LOOK))) {
            lookedAt = now;
            long current = generations.current(GENERATION);
            if (current != generation) {
                // read before the plans: a change committed in between moves it again and is seen next time
                em.getEntityManagerFactory().getCache().evict(SupportPlan.class);
                generation = current;
            }
        }
        EntityManagerFactory factory = em.getEntityManagerFactory();
        if (!factory.getCache().contains(SupportPlan.class, code)) {
            // EclipseLink keeps what a transaction reads after its first flush out of the shared cache (a create
            // flushes before it asks for the plan), so a plan not cached yet is read by an entity manager of its own
            EntityManager reader = factory.createEntityManager(SynchronizationType.UNSYNCHRONIZED);
            try {
                reader.find(SupportPlan.class, code);
            } finally {
                reader.close();
            }
        }
        return em.find(SupportPlan.class, code);
    }

    /** A plan is saved in the running transaction: every server reads the plans again once it commits. */
    public void changed() {
        generations.countUp(GENERATION);
        changes.fire(new Changed());
    }

    /** This server's own change committed: its next read looks at the generation at once. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        generation = -1;
    }
}
