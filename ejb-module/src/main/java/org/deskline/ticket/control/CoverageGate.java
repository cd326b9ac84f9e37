package org.deskline.ticket.control;

import org.deskline.ticket.entity.TicketKind;

/**
 * B1 asks, before a customer's ticket opens, whether the project's support is covered (by a subscription of its
 * organization's or one of the project's own). The billing feature
 * implements it ({@code billing.control.SubscriptionCoverage}: after a support subscription lapsed past its grace,
 * support tickets need a renewal or an hours package; emergencies are always accepted), so the ticket feature depends
 * on no billing class (issue 17).
 */
public interface CoverageGate {

    /** Refuses (a {@code DeskException} with {@code NOT_COVERED}) a ticket the project's support does not cover. */
    void checkMayOpen(org.deskline.organization.entity.Project project, TicketKind kind, boolean emergency);

    /**
     * Whether the project's support lapsed (every support subscription that covered it ended past its grace, and no
     * hours package is left): seed 003 keeps backups and the site's first version only while support is active.
     */
    boolean supportLapsed(org.deskline.organization.entity.Project project);
}
