package org.deskline.ticket.control;

/**
 * T1 asks, before a proposal is offered for a development request, whether the ticket may get one. The billing
 * feature implements it ({@code billing.control.RoutedProposals}: B8, a request routed to R&D gets no proposal,
 * price or date), so the ticket feature depends on no billing class (issue 17).
 */
public interface ProposalGate {

    /** Refuses (a {@code DeskException}) when the ticket may not get a proposal. */
    void checkMayPropose(long ticketId);
}
