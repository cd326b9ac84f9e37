package org.deskline.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.deskline.billing.entity.TicketTerms;
import org.deskline.ticket.control.ProposalGate;

/** B8 for T1: a development request routed to R&D gets no proposal, price or date. */
@ApplicationScoped
public class RoutedProposals implements ProposalGate {

    @Inject
    TicketTermsBook book;

    @Override
    public void checkMayPropose(long ticketId) {
        BillingRules.checkProposalAllowed(book.of(ticketId).map(TicketTerms::getFeatureRoute).orElse(null), ticketId);
    }
}
