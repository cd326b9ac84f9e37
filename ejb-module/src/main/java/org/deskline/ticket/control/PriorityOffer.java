package org.deskline.ticket.control;

import java.util.Optional;
import org.deskline.organization.entity.Project;
import org.deskline.ticket.entity.Priority;

/**
 * S1: which priority a project's plan (its own or its organization's, B1) gives a ticket that asks for one. The SLA
 * feature implements it
 * ({@code sla.control.PlanPriorityOffer}), so the ticket core imports no plan class (issue 17); both the opening
 * of a ticket and an agent's reclassification ask it, so the decision is made in one place.
 */
public interface PriorityOffer {

    /** The priority given, the plan's name, and a note for the history when it is not the one asked for. */
    record Offer(Priority priority, String planName, Optional<String> note) {
    }

    /** Refuses ({@code PRIORITY_NOT_OFFERED}, S1) when the plan neither offers the priority nor downgrades it. */
    Offer decide(Project project, Priority asked);

    /** S3: an emergency keeps the priority asked, offered or not; the offer names the plan and says so. */
    Offer asEmergency(Project project, Priority asked);
}
