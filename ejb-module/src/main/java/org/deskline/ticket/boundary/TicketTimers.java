package org.deskline.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.deskline.ticket.control.TicketAlerts;
import org.deskline.ticket.control.TicketJournal;
import org.deskline.ticket.control.TicketPolicies;
import org.deskline.ticket.entity.HistoryAction;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketAction;
import org.deskline.ticket.entity.TicketAction.Actor;
import org.deskline.ticket.entity.TicketStatus;

/** The transactional work of ticket timers: each ticket in its own transaction. */
@Stateless
public class TicketTimers {

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketJournal journal;

    @Inject
    TicketAlerts alerts;

    @Inject
    TicketPolicies policies;

    @Inject
    Clock clock;

    public List<Long> dueForAutoClose(int max) {
        return em.createQuery("select t.id from Ticket t where t.autoCloseAt <= :now "
                        + "and t.status = org.deskline.ticket.entity.TicketStatus.WAITING_FOR_CUSTOMER order by t.autoCloseAt",
                        Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** Closes one due ticket (T6) with its history entry and alert; false when it is no longer due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean autoClose(long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (ticket == null || ticket.getStatus() != TicketStatus.WAITING_FOR_CUSTOMER
                || ticket.getAutoCloseAt() == null || ticket.getAutoCloseAt().isAfter(now)) {
            return false;
        }
        java.time.Duration period = policies.of(ticket).autoCloseAfter();
        TicketStatus from = ticket.apply(TicketAction.AUTO_CLOSE, now, period);
        journal.event(ticket, now, Actor.SYSTEM, "deskline", HistoryAction.AUTO_CLOSE, from,
                "no customer message for " + period.toHours() + " h after the last agent reply");
        alerts.raise(TicketAlerts.Notice.AUTO_CLOSED, ticket);
        em.flush(); // optimistic lock check now, inside this ticket's transaction
        return true;
    }
}
