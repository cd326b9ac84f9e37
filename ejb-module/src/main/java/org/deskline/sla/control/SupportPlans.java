package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.deskline.platform.control.CacheGenerations;
import org.deskline.sla.entity.SupportPlan;

/**
 * Where the SLA feature finds a support plan (S1). Plans are read by every create and reply but change rarely, so
 * they stay in EclipseLink's shared cache ({@code @Cacheable}, never evicted for size: persistence.xml) under the
 * {@value #GENERATION} cache generation (issue 21: the plan with its targets, routes and tiers cost about ten
 * statements a create). Saving a plan counts the generation up in its transaction ({@link #changed()}); its commit
 * puts the saved plan in this server's cache, and {@link SupportPlanRefresh} on every server reads all plans again
 * within a second when the generation moved. An operator who changes {@code sla_plan*} rows in SQL counts the
 * generation up too (docs/operations.md).
 */
@ApplicationScoped
public class SupportPlans {

    static final String GENERATION = "sla-plans";

    @PersistenceContext
    EntityManager em;

    @Inject
    CacheGenerations generations;

    /** The plan with this code, or null if there is none. */
    public SupportPlan find(String code) {
        return code == null ? null : em.find(SupportPlan.class, code);
    }

    /** A plan is saved in the running transaction: every server reads the plans again once it commits. */
    public void changed() {
        generations.countUp(GENERATION);
    }
}
