package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.deskline.organization.entity.Project;
import org.deskline.sla.entity.SlaPlan;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.ticket.control.PriorityOffer;
import org.deskline.ticket.entity.Priority;

/**
 * The SLA feature's side of {@link PriorityOffer}: the project's support plan decides (S1; its own or its
 * organization's, B1).
 */
@ApplicationScoped
public class PlanPriorityOffer implements PriorityOffer {

    @Inject
    SupportPlans plans;

    @Override
    public Offer decide(Project project, Priority asked) {
        SupportPlan plan = plans.find(project.planCode());
        SlaPlan.Decision decision = plan.rule().decide(asked);
        return new Offer(decision.priority(), plan.getName(), decision.note());
    }

    @Override
    public Offer asEmergency(Project project, Priority asked) {
        SupportPlan plan = plans.find(project.planCode());
        return new Offer(asked, plan.getName(), Optional.of("emergency: around the clock, first response within "
                + plan.emergencyResponse().toMinutes() + " min (S3)"));
    }
}
