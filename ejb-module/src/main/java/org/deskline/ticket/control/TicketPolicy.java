package org.deskline.ticket.control;

import java.time.Duration;
import org.deskline.ticket.entity.TicketKind;

/**
 * The numbers the ticket rules run on. Today one policy from configuration; with the SLA plans (S1) each plan
 * brings its own (some plans auto-close after 3 days, large customers get higher limits).
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

    /** T9: how many active tickets of this kind a project may have. */
    public int limitFor(TicketKind kind) {
        return kind == TicketKind.DEVELOPMENT_REQUEST ? maxActiveDevelopment : maxActiveSupport;
    }
}
