package org.deskline.sla.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.deskline.platform.control.CacheGenerations;
import org.deskline.sla.entity.SupportPlan;

/**
 * Keeps the support plans in EclipseLink's shared cache ({@link SupportPlans}): once a second, outside any
 * transaction (what a transaction reads after its first flush or lock stays out of the shared cache), it compares
 * the {@value SupportPlans#GENERATION} generation and, when it moved or at start, reads all plans again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SupportPlanRefresh {

    private static final Logger LOG = Logger.getLogger(SupportPlanRefresh.class.getName());
    private static final long LOOK_MS = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CacheGenerations generations;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile long generation = -1;
    private volatile boolean failing;
    private ScheduledFuture<?> looking;

    @Resource
    SessionContext context;

    @PostConstruct
    void start() {
        // through the container: the scheduler's thread has no invocation of its own for the entity manager
        SupportPlanRefresh self = context.getBusinessObject(SupportPlanRefresh.class);
        looking = scheduler.scheduleWithFixedDelay(self::look, 0, LOOK_MS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (looking != null) {
            looking.cancel(false);
        }
    }

    /** The generation whose plans this server has read into the cache (-1 before the first read). */
    public long loaded() {
        return generation;
    }

    /** Not for callers: the scheduler's task, without a transaction so that what it reads is cached. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void look() {
        try {
            long current = generations.current(SupportPlans.GENERATION); // first: a change in between is seen next time
            if (current != generation) {
                em.getEntityManagerFactory().getCache().evict(SupportPlan.class);
                int plans = em.createQuery("select p from SupportPlan p", SupportPlan.class).getResultList().size();
                generation = current;
                LOG.fine(() -> plans + " support plans read into the cache, generation " + current);
            }
            failing = false;
        } catch (RuntimeException e) {
            // never thrown out: the scheduler would stop looking for good
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Support plans not read again; trying every second", e);
            }
        }
    }
}
