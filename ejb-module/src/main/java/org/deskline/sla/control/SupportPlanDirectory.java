package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.deskline.organization.control.PlanDirectory;
import org.deskline.sla.entity.SupportPlan;

/** The SLA feature's side of {@link PlanDirectory}: the plans are its support plans. */
@ApplicationScoped
public class SupportPlanDirectory implements PlanDirectory {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean exists(String planCode) {
        return planCode != null && em.find(SupportPlan.class, planCode) != null;
    }
}
