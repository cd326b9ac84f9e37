package org.deskline.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.deskline.billing.entity.PlanKind;
import org.deskline.billing.entity.Subscription;
import org.deskline.organization.control.PlanAssignment;
import org.deskline.organization.entity.Organization;

/**
 * B1 (seed 003: the SLA is what the support package sells): a support subscription in force puts the organization it
 * covers, or its one project, on the SLA plan its billing plan sells; the running clocks take the new targets in the
 * same transaction. Called wherever a subscription starts or its plan changes (sold, renewed, upgraded, a downgrade
 * reached, the billing plan re-linked). A lapsed subscription leaves the plan as it was: what a lapse refuses is
 * decided by {@link SubscriptionCoverage}, and emergencies still run on the plan's emergency targets.
 */
@ApplicationScoped
public class SubscriptionPlans {

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanAssignment assignment;

    /** Puts the subscription's organization or project on the SLA plan its billing plan sells, if it sells one. */
    public void follow(Subscription s) {
        String slaPlan = s.getPlan().getSlaPlanCode();
        if (s.getKind() != PlanKind.SUPPORT || slaPlan == null) {
            return;
        }
        if (s.getProject() != null) {
            assignment.project(s.getProject(), slaPlan);
        } else {
            assignment.organization(em.find(Organization.class, s.getOrganizationId()), slaPlan);
        }
    }
}
