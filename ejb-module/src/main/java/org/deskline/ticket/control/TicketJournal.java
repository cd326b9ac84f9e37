package org.deskline.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.deskline.ticket.entity.HistoryAction;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction;
import org.deskline.ticket.entity.TicketEvent;
import org.deskline.ticket.entity.TicketMessage;
import org.deskline.ticket.entity.TicketStatus;
import org.deskline.ticket.entity.Visibility;

/** T5: writes a ticket's history and conversation, in the caller's transaction, and reads them back. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TicketJournal {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<TicketChanged> changes;

    @Inject
    Event<MessageWritten> messages;

    public void event(Ticket ticket, Instant at, TicketAction.Actor actorKind, String actor, HistoryAction action,
                      TicketStatus from, String detail) {
        em.persist(new TicketEvent(ticket.getId(), at, actorKind, actor, action.name(), from, ticket.getStatus(),
                detail));
        changes.fire(new TicketChanged(ticket, at, action));
    }

    public void message(Ticket ticket, Instant at, TicketAction.Actor authorKind, String author,
                        Visibility visibility, String body) {
        TicketMessage message = new TicketMessage(ticket.getId(), authorKind, author, visibility, body, at);
        em.persist(message);
        messages.fire(new MessageWritten(ticket, message));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TicketEvent> history(long ticketId) {
        return em.createQuery("select e from TicketEvent e where e.ticketId = :id order by e.occurredAt, e.id",
                TicketEvent.class).setParameter("id", ticketId).getResultList();
    }

    /** The conversation; internal notes only when asked for (never for customer systems). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TicketMessage> messages(long ticketId, boolean withInternal) {
        return em.createQuery("select m from TicketMessage m where m.ticketId = :id"
                        + (withInternal ? "" : " and m.visibility = org.deskline.ticket.entity.Visibility.PUBLIC")
                        + " order by m.createdAt, m.id", TicketMessage.class)
                .setParameter("id", ticketId).getResultList();
    }
}
