package org.deskline.ticket.control;

import org.deskline.ticket.entity.TicketNumbers;

/**
 * Which plan an organization is on and the ticket numbers it sets (T6, T8, T9). The SLA feature implements it
 * ({@code sla.control.SupportPlanTicketNumbers}), so the ticket feature imports no SLA class (issue 17).
 */
public interface PlanTicketNumbers {

    /** The organization's plan by name, and its numbers. */
    record Plan(String name, TicketNumbers numbers) {
    }

    Plan of(long organizationId);

    /** The plan a project's tickets run on (its own, else its organization's: B1), and its numbers. */
    Plan of(org.deskline.organization.entity.Project project);
}
