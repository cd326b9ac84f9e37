package org.deskline.sla.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.deskline.alert.control.AlertOutbox;
import org.deskline.alert.entity.AlertType;
import org.deskline.sla.control.SlaCalendars;
import org.deskline.sla.control.SlaTracker;
import org.deskline.sla.entity.SlaMetric;
import org.deskline.ticket.entity.Ticket;

/**
 * S6: raises the warnings and breaches that are due, each once: the due clocks are locked, raised through the
 * outbox and marked in one transaction. A second server waiting on the same rows finds them no longer due.
 */
@Stateless
public class SlaAlarms {

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertOutbox alerts;

    @Inject
    SlaCalendars calendars;

    @Inject
    SlaTracker tracker;

    @Inject
    Clock clock;

    /** Raises up to {@code max} due alerts; returns how many due clocks it looked at (raised or found raised). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int raiseDue(int max) {
        Instant now = clock.instant();
        List<Long> due = em.createQuery(
                        "select m.id from SlaMetric m where m.nextAlertAt <= :now order by m.nextAlertAt, m.id",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        for (Long id : due) {
            // locked and read again: another server may have raised it meanwhile (then it is no longer due)
            SlaMetric metric = em.find(SlaMetric.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (metric == null || metric.getNextAlertAt() == null || metric.getNextAlertAt().isAfter(now)) {
                continue;
            }
            Ticket ticket = em.find(Ticket.class, metric.getTicketId());
            // past the deadline only the breach is news (after a restart, say); the warning counts as given
            boolean breach = !metric.getDueAt().isAfter(now);
            if (breach) {
                metric.breached(now);
            } else {
                metric.warned(now);
            }
            alerts.record(breach ? AlertType.SLA_BREACHED : AlertType.SLA_WARNING, ticket, describe(metric, breach));
            metric.schedule(calendars.forName(metric.getCalendar()), tracker.warnPercent());
        }
        return due.size();
    }

    /** The nearest alert still owed, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> nextAlertAt() {
        return Optional.ofNullable(em.createQuery("select min(m.nextAlertAt) from SlaMetric m", Instant.class)
                .getSingleResult());
    }

    private JsonObject describe(SlaMetric metric, boolean breach) {
        return Json.createObjectBuilder()
                .add("metric", metric.getMetric().name())
                .add("round", metric.getRound())
                .add("target", metric.target().toString())
                .add("calendar", metric.getCalendar())
                .add("startedAt", metric.getStartedAt().toString())
                .add("warnAt", metric.getWarnAt().toString())
                .add("dueAt", metric.getDueAt().toString())
                .add("warnPercent", tracker.warnPercent())
                .add("breached", breach)
                .build();
    }
}
