package org.deskline.ticket.control;

import org.deskline.ticket.entity.TicketKind;

/**
 * B1 asks, before a customer's ticket opens, whether the organization's support is covered. The billing feature
 * implements it ({@code billing.control.SubscriptionCoverage}: after a support subscription lapsed past its grace,
 * support tickets need a renewal or an hours package; emergencies are always accepted), so the ticket feature depends
 * on no billing class (issue 17).
 */
public interface CoverageGate {

    /** Refuses (a {@code DeskException} with {@code NOT_COVERED}) a ticket the organization's support does not cover. */
    void checkMayOpen(long organizationId, TicketKind kind, boolean emergency);
}
