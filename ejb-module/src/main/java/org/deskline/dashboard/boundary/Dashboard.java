package org.deskline.dashboard.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.deskline.alert.control.AlertLog;
import org.deskline.alert.entity.Alert;
import org.deskline.dashboard.control.WeeklySeries;
import org.deskline.dashboard.control.WeeklySeries.Sample;
import org.deskline.dashboard.control.WeeklySeries.Week;
import org.deskline.sla.entity.SlaMetricState;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketStatus;
import org.deskline.security.entity.Groups;

/**
 * The console's first look (issue 8): open tickets by status and priority, what breaches within the hour, what
 * breached today, open emergencies, CSAT per week (T11), SLA compliance per plan per week (S7), the alert inbox and
 * the relay's health. Read-only; everything counted by the database.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
public class Dashboard {

    public static final int WEEKS = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertLog alerts;

    @Inject
    Clock clock;

    /** Everything the page shows, read at one moment. */
    public record Figures(Instant at, Map<TicketStatus, Map<Priority, Long>> open, long openTotal,
                          long breachingWithinHour, long breachedToday, long emergencies, List<Week> csat,
                          Map<String, List<Week>> compliance, long unacknowledgedAlerts, List<Alert> inbox,
                          AlertLog.RelayHealth relay, List<Week> deflection) {
    }

    /**
     * K1: per query that found articles since {@code since}, 1 when its organization opened no ticket within 24 h
     * after it (the knowledge base answered), else 0; a query less than 24 h old is not judged yet.
     */
    private List<Sample> deflection(Instant since) {
        Instant judged = clock.instant().minus(org.deskline.knowledge.control.Deflection.WINDOW);
        List<org.deskline.knowledge.control.Deflection.Query> queries = em.createQuery("select q from "
                        + "KnowledgeQuery q where q.askedAt >= :since and q.askedAt <= :judged and q.hits > 0",
                        org.deskline.knowledge.entity.KnowledgeQuery.class)
                .setParameter("since", since).setParameter("judged", judged).getResultStream()
                .map(q -> new org.deskline.knowledge.control.Deflection.Query(q.getOrganizationId(), q.getAskedAt(),
                        q.getHits())).toList();
        if (queries.isEmpty()) {
            return List.of();
        }
        // only the tickets that can decide a query: its organization's, opened in the weeks shown (issue 20: at a
        // million tickets, reading every ticket of eight weeks took most of the dashboard's time)
        Set<Long> asking = queries.stream().map(org.deskline.knowledge.control.Deflection.Query::organizationId)
                .collect(Collectors.toSet());
        List<org.deskline.knowledge.control.Deflection.Opened> opened = em.createQuery("select t.organizationId, "
                        + "t.createdAt from Ticket t where t.organizationId in :asking and t.createdAt >= :since",
                        Object[].class)
                .setParameter("asking", asking).setParameter("since", since).getResultStream()
                .map(r -> new org.deskline.knowledge.control.Deflection.Opened((Long) r[0], (Instant) r[1])).toList();
        return org.deskline.knowledge.control.Deflection.outcomes(queries, opened).stream()
                .map(o -> new Sample(o.at(), o.deflected() ? 1 : 0)).toList();
    }

    /** The figures, with "today" and the weeks as days in {@code zone} (the reader's: issue 20). */
    public Figures figures(java.time.ZoneId zone) {
        Instant now = clock.instant();
        Map<TicketStatus, Map<Priority, Long>> open = new EnumMap<>(TicketStatus.class);
        long total = 0;
        // the open statuses by name and count(priority), not "<> CLOSED" and count(t): PostgreSQL then answers from
        // the (status, priority) index alone (issue 20: 40 ms at 280,000 open tickets instead of 480)
        for (Object[] row : em.createQuery("select t.status, t.priority, count(t.priority) from Ticket t "
                + "where t.status in :open group by t.status, t.priority", Object[].class)
                .setParameter("open", EnumSet.complementOf(EnumSet.of(TicketStatus.CLOSED))).getResultList()) {
            open.computeIfAbsent((TicketStatus) row[0], s -> new EnumMap<>(Priority.class))
                    .put((Priority) row[1], (Long) row[2]);
            total += (Long) row[2];
        }
        long breaching = em.createQuery("select count(distinct m.ticketId) from SlaMetric m where m.state = :running "
                        + "and m.breachedAt is null and m.dueAt <= :by", Long.class)
                .setParameter("running", SlaMetricState.RUNNING).setParameter("by", now.plus(Duration.ofHours(1)))
                .getSingleResult();
        Instant today = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        long breachedToday = em.createQuery("select count(distinct m.ticketId) from SlaMetric m "
                + "where m.breachedAt >= :today", Long.class).setParameter("today", today).getSingleResult();
        long emergencies = em.createQuery("select count(t) from Ticket t where t.emergency = true "
                + "and t.status <> :closed", Long.class).setParameter("closed", TicketStatus.CLOSED).getSingleResult();

        List<LocalDate> weeks = WeeklySeries.weeks(now, zone, WEEKS);
        Instant since = weeks.get(0).atStartOfDay(zone).toInstant();
        List<Sample> ratings = em.createQuery("select t.closedAt, t.rating from Ticket t where t.rating is not null "
                + "and t.closedAt >= :since", Object[].class).setParameter("since", since).getResultList().stream()
                .map(r -> new Sample((Instant) r[0], ((Integer) r[1]).doubleValue())).toList();
        Map<String, List<Sample>> ended = new TreeMap<>();
        // S7: each clock under the plan it ran on
        for (Object[] r : em.createQuery("select m.planCode, m.endedAt, m.breachedAt from SlaMetric m "
                        + "where m.planCode is not null and m.endedAt >= :since and m.state = :met",
                Object[].class).setParameter("since", since).setParameter("met", SlaMetricState.MET).getResultList()) {
            ended.computeIfAbsent((String) r[0], p -> new java.util.ArrayList<>())
                    .add(new Sample((Instant) r[1], r[2] == null ? 1 : 0));
        }
        Map<String, List<Week>> compliance = new LinkedHashMap<>();
        ended.forEach((plan, samples) -> compliance.put(plan, WeeklySeries.compliance(weeks, zone, samples)));
        long unacknowledged = em.createQuery("select count(a) from Alert a where a.acknowledgedAt is null", Long.class)
                .getSingleResult();
        return new Figures(now, open, total, breaching, breachedToday, emergencies,
                WeeklySeries.average(weeks, zone, ratings), compliance, unacknowledged, alerts.recent(8, null, null, true),
                alerts.health(), WeeklySeries.compliance(weeks, zone, deflection(since)));
    }
}
