package org.deskline.ticket.control;

import java.time.Duration;
import org.deskline.ticket.entity.TicketKind;
import org.deskline.ticket.entity.TicketNumbers;

/**
 * The numbers the ticket rules run on: the configured ones, and for an organization those its plan sets in their
 * place ({@link #under}, {@link TicketPolicies#of}: some plans auto-close after 3 days, large customers get higher
 * limits).
 *
 * @param autoCloseAfter    T6: waiting for customer this long after the last agent reply closes the ticket
 * @param reopenWindow      T8: how long after closing the customer may reopen
 * @param maxActiveSupport  T9: active support tickets per project
 * @param maxActiveDevelopment T9: active development requests per project
 * @param lowRatingAtMost   T11: ratings up to this value go to quality control
 * @param maxEmergenciesPerDay emergencies a customer system may flag per project in 24 hours (issue 16: they pass
 *                          the T9 limits, so they have a limit of their own); 0 for none
 */
public record TicketPolicy(Duration autoCloseAfter, Duration reopenWindow, int maxActiveSupport,
                           int maxActiveDevelopment, int lowRatingAtMost, int maxEmergenciesPerDay) {

    public static final TicketPolicy DEFAULT = new TicketPolicy(Duration.ofHours(48), Duration.ofDays(14), 3, 1, 2,
            3);

    /** This policy with what a plan sets in place of the configured numbers (a null keeps the number). */
    public TicketPolicy under(TicketNumbers plan) {
        return new TicketPolicy(plan.autoCloseHours() == null ? autoCloseAfter : Duration.ofHours(plan.autoCloseHours()),
                plan.reopenDays() == null ? reopenWindow : Duration.ofDays(plan.reopenDays()),
                plan.maxActiveSupport() == null ? maxActiveSupport : plan.maxActiveSupport(),
                plan.maxActiveDevelopment() == null ? maxActiveDevelopment : plan.maxActiveDevelopment(),
                lowRatingAtMost, maxEmergenciesPerDay);
    }

    /** T9: how many active tickets of this kind a project may have. */
    public int limitFor(TicketKind kind) {
        return kind == TicketKind.DEVELOPMENT_REQUEST ? maxActiveDevelopment : maxActiveSupport;
    }
}
