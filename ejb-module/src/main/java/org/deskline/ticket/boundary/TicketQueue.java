package org.deskline.ticket.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.deskline.ticket.entity.Ticket;

/** The staff's view of tickets across all organizations (console). */
@Stateless
public class TicketQueue {

    @PersistenceContext
    EntityManager em;

    /** The newest tickets first, with their project and organization loaded for display. */
    public List<Ticket> newest(int max) {
        return em.createQuery("select t from Ticket t join fetch t.project p join fetch p.organization "
                        + "order by t.createdAt desc, t.id desc", Ticket.class)
                .setMaxResults(max)
                .getResultList();
    }
}
