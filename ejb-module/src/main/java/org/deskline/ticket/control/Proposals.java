package org.deskline.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.deskline.ticket.entity.Proposal;

/** Reads a development request's proposals. */
@ApplicationScoped
public class Proposals {

    @PersistenceContext
    EntityManager em;

    public Optional<Proposal> latest(long ticketId) {
        return em.createQuery("select p from Proposal p where p.ticketId = :id order by p.createdAt desc, p.id desc",
                        Proposal.class)
                .setParameter("id", ticketId).setMaxResults(1).getResultStream().findFirst();
    }
}
