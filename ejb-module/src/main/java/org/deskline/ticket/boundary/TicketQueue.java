package org.deskline.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.deskline.platform.DeskException;
import org.deskline.ticket.control.TicketJournal;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketEvent;
import org.deskline.ticket.entity.TicketMessage;

/** The staff's view of tickets across all organizations (console). */
@Stateless
public class TicketQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketJournal journal;

    /** One ticket with its project and organization, for the ticket page. */
    public Ticket ticket(long id) {
        return em.createQuery("select t from Ticket t join fetch t.project p join fetch p.organization "
                        + "where t.id = :id", Ticket.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> DeskException.notFound("ticketId", "ticket", id));
    }

    /** T5: every change, internal notes included, oldest first. */
    public List<TicketEvent> history(long id) {
        return journal.history(id);
    }

    /** The conversation with internal notes. */
    public List<TicketMessage> messages(long id) {
        return journal.messages(id, true);
    }

    /** The newest tickets first, with their project and organization loaded for display. */
    public List<Ticket> newest(int max) {
        return em.createQuery("select t from Ticket t join fetch t.project p join fetch p.organization "
                        + "order by t.createdAt desc, t.id desc", Ticket.class)
                .setMaxResults(max)
                .getResultList();
    }
}
