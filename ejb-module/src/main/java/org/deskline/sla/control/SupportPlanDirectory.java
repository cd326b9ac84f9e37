package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.deskline.organization.control.PlanChanged;
import org.deskline.organization.control.PlanDirectory;
import org.deskline.sla.entity.SupportPlan;

/** The SLA feature's side of {@link PlanDirectory}: the plans are its support plans. */
@ApplicationScoped
public class SupportPlanDirectory implements PlanDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    SupportPlans plans;

    @Inject
    SlaTracker tracker;

    @Override
    public boolean exists(String planCode) {
        return planCode != null && plans.find(planCode) != null;
    }

    /** S1: an organization moved to another plan; its running clocks take the new targets, keeping counted time. */
    void planChanged(@Observes PlanChanged change) {
        tracker.retargetOrganization(change.organizationId());
    }

    @Override
    public List<PlanChoice> choices() {
        return em.createQuery("select p from SupportPlan p order by p.code", SupportPlan.class)
                .getResultStream().map(p -> new PlanChoice(p.getCode(), p.getName())).toList();
    }
}
