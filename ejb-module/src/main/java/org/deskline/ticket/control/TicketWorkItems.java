package org.deskline.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.deskline.security.control.WorkItems;
import org.deskline.ticket.entity.Ticket;

/** Tells the staff rules (security) the tier and the quality-review flag of a ticket. */
@ApplicationScoped
public class TicketWorkItems implements WorkItems {

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketTiers tiers;

    @Override
    public Optional<WorkItem> find(long ticketId) {
        return Optional.ofNullable(em.find(Ticket.class, ticketId))
                .map(t -> new WorkItem(tiers.current(ticketId).orElse(null), t.isQualityReview()));
    }
}
