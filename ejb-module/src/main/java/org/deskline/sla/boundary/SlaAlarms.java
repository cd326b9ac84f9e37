package org.deskline.sla.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
import org.deskline.platform.control.JsonDocs;
import org.deskline.sla.control.SlaCalendars;
import org.deskline.sla.control.SlaTracker;
import org.deskline.sla.control.SlaTiers;
import org.deskline.sla.entity.SlaMetric;
import org.deskline.sla.entity.SlaMetricKind;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.entity.TicketAction.Actor;
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
    SlaTiers tiers;

    @Inject
    Clock clock;

    @Inject
    SlaMetrics metrics;

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
            metrics.raised(breach, metric.getNextAlertAt(), now);
            if (breach) {
                metric.breached(now);
            } else {
                metric.warned(now);
            }
            alerts.record(breach ? AlertType.SLA_BREACHED : AlertType.SLA_WARNING, ticket, "sla",
                    describe(metric, breach));
            metric.schedule(calendars.forName(metric.getCalendar()), tracker.warnPercent());
            if (breach && metric.getMetric() == SlaMetricKind.TIER_REACTION && ticket.isActive()
                    && tracker.planOf(ticket).routing().autoEscalate()) {
                // S5: nobody in the tier reacted in time and the plan escalates by itself: up to the next tier;
                // elsewhere the breach alert alone tells the managers
                Tier from = tiers.current(ticket.getId()).orElse(Tier.L1);
                from.next().ifPresent(to -> tiers.escalate(ticket, to, now, Actor.SYSTEM, "deskline",
                        "no reaction within " + metric.target() + " at " + from));
            }
        }
        return due.size();
    }

    /** The nearest alert still owed, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> nextAlertAt() {
        // not min(): an aggregate comes back as the driver's type (java.sql.Timestamp on PostgreSQL), unconverted;
        // the first value in index order is as cheap and goes through the attribute's converter
        return em.createQuery("select m.nextAlertAt from SlaMetric m where m.nextAlertAt is not null "
                        + "order by m.nextAlertAt", Instant.class)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private JsonObject describe(SlaMetric metric, boolean breach) {
        return JsonDocs.object()
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
