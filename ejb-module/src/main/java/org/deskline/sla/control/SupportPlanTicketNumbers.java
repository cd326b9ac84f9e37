package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.deskline.organization.entity.Organization;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.ticket.control.PlanTicketNumbers;

/** The ticket numbers (T6, T8, T9) are part of the organization's support plan (S1). */
@ApplicationScoped
public class SupportPlanTicketNumbers implements PlanTicketNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    SupportPlans plans;

    @Override
    public Plan of(long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        SupportPlan plan = plans.find(organization.getSlaPlanCode());
        return new Plan(plan.getName(), plan.ticketNumbers());
    }

    @Override
    public Plan of(org.deskline.organization.entity.Project project) {
        SupportPlan plan = plans.find(project.planCode());
        return new Plan(plan.getName(), plan.ticketNumbers());
    }
}
