package org.deskline.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.deskline.ticket.entity.Ticket;

/** Finds one organization's tickets by a filter; the organization is always part of the query. */
@ApplicationScoped
public class TicketSearch {

    @PersistenceContext
    EntityManager em;

    public TicketPage find(long organizationId, TicketFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Ticket> counted = count.from(Ticket.class);
        count.select(cb.count(counted)).where(matching(cb, counted, organizationId, filter));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Ticket> query = cb.createQuery(Ticket.class);
        Root<Ticket> t = query.from(Ticket.class);
        query.select(t).where(matching(cb, t, organizationId, filter))
                .orderBy(cb.desc(t.get("updatedAt")), cb.desc(t.get("id")));
        List<Ticket> tickets = em.createQuery(query)
                .setFirstResult(filter.page() * filter.pageSize())
                .setMaxResults(filter.pageSize())
                .getResultList();
        return new TicketPage(tickets, total, filter.page(), filter.pageSize());
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Ticket> t, long organizationId, TicketFilter f) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(t.get("organizationId"), organizationId));
        if (!f.statuses().isEmpty()) {
            where.add(t.get("status").in(f.statuses()));
        }
        if (f.kind() != null) {
            where.add(cb.equal(t.get("kind"), f.kind()));
        }
        if (f.priority() != null) {
            where.add(cb.equal(t.get("priority"), f.priority()));
        }
        if (f.category() != null) {
            where.add(cb.equal(t.get("category"), f.category()));
        }
        if (f.projectCode() != null) {
            where.add(cb.equal(t.get("project").get("code"), f.projectCode()));
        }
        if (f.updatedSince() != null) {
            where.add(cb.greaterThanOrEqualTo(t.get("updatedAt"), f.updatedSince()));
        }
        return where.toArray(Predicate[]::new);
    }
}
