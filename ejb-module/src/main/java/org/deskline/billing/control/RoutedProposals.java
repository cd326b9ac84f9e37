package org.deskline.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.deskline.billing.entity.TicketTerms;
import org.deskline.ticket.control.ProposalGate;

/** B8 for T1: a development request routed to R&D gets no proposal, price or date. */
@ApplicationScoped
public class RoutedProposals implements ProposalGate {

    @PersistenceContext
    EntityManager em;

    @Override
    public void checkMayPropose(long ticketId) {
        BillingRules.checkProposalAllowed(Optional.ofNullable(em.find(TicketTerms.class, ticketId))
                .map(TicketTerms::getFeatureRoute).orElse(null), ticketId);
    }
}
