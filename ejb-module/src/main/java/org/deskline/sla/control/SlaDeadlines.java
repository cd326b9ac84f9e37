package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.deskline.sla.entity.SlaMetric;
import org.deskline.sla.entity.SlaMetricState;
import org.deskline.ticket.control.TicketDeadlines;

/** S4: the running SLA clocks are the deadlines the ticket queue shows and filters by (indexed on due time). */
@ApplicationScoped
public class SlaDeadlines implements TicketDeadlines {

    private static final String RUNNING = SlaMetricState.class.getName() + "." + SlaMetricState.RUNNING.name();

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Deadline> nextDue(Collection<Long> ticketIds) {
        Map<Long, Deadline> next = new HashMap<>();
        if (ticketIds.isEmpty()) {
            return next;
        }
        em.createQuery("select m from SlaMetric m where m.ticketId in :tickets and m.dueAt is not null "
                        + "and m.state = " + RUNNING + " order by m.dueAt, m.id", SlaMetric.class)
                .setParameter("tickets", ticketIds).getResultStream()
                .forEach(m -> next.putIfAbsent(m.getTicketId(), new Deadline(m.getMetric(), m.getDueAt())));
        return next;
    }

    @Override
    public String dueByCondition() {
        return "exists (select m.id from SlaMetric m where m.ticketId = t.id and m.state = " + RUNNING
                + " and m.dueAt <= :dueBy)";
    }
}
