package org.deskline.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.deskline.billing.entity.TicketTerms;
import org.deskline.ticket.entity.Ticket;

/** Where the billing decisions on tickets (B2, B8, B9) are kept: read, and opened for a change. */
@ApplicationScoped
public class TicketTermsBook {

    @PersistenceContext
    EntityManager em;

    /** The ticket's terms, if any decision was made on it. */
    public Optional<TicketTerms> of(long ticketId) {
        return Optional.ofNullable(em.find(TicketTerms.class, ticketId));
    }

    /**
     * The ticket's terms for a change at {@code now} (created with the first decision); the ticket counts as changed,
     * so SOAP's "changed since" sees it. The caller holds the ticket's lock.
     */
    public TicketTerms forChange(Ticket ticket, Instant now) {
        ticket.changed(now);
        return of(ticket.getId()).orElseGet(() -> {
            TicketTerms terms = new TicketTerms(ticket.getId(), ticket.getOrganizationId());
            em.persist(terms);
            return terms;
        });
    }
}
