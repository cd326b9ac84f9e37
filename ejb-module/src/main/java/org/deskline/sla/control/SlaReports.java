package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.ticket.entity.HistoryAction;
import org.deskline.sla.entity.SlaMetricKind;
import org.deskline.security.entity.Tier;

/**
 * S7: compliance reports, straight from the clocks, stints and ledgers: what was promised, what was kept.
 * Clocks and stints count for the period their ticket's clock started in; ratings for the period the ticket
 * closed in. The plan is the organization's plan today.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SlaReports {

    /** The longest period one report covers. */
    public static final Duration MAX_PERIOD = Duration.ofDays(366);

    @PersistenceContext
    EntityManager em;

    /**
     * @param organizationId one organization, or null for all (staff)
     * @param planCode       one plan, or null for all
     */
    public SlaReport report(Long organizationId, String planCode, Instant from, Instant to, Instant now) {
        check(from, to);
        // S7: a clock counts for the plan it ran on (SlaMetric.planCode), a ticket for every plan its clocks ran on
        String org = organizationId != null ? " and o.id = :org" : "";
        String scope = org + (planCode != null ? " and m.planCode = :plan" : "");
        String ticketScope = org + (planCode != null ? " and exists (select p.id from SlaMetric p where "
                + "p.ticketId = t.id and p.planCode = :plan)" : "");
        TypedQuery<Object[]> clocks = em.createQuery("select m.planCode, o.id, o.name, m.metric, count(m), "
                + "sum(case when m.state = org.deskline.sla.entity.SlaMetricState.MET and m.breachedAt is null "
                + "then 1 else 0 end), "
                + "sum(case when m.breachedAt is not null then 1 else 0 end), "
                + "sum(case when (m.state = org.deskline.sla.entity.SlaMetricState.RUNNING "
                + "or m.state = org.deskline.sla.entity.SlaMetricState.PAUSED) and m.breachedAt is null "
                + "then 1 else 0 end), "
                + "sum(case when m.state = org.deskline.sla.entity.SlaMetricState.CANCELLED and m.breachedAt is null "
                + "then 1 else 0 end) "
                + "from SlaMetric m, Organization o where o.id = m.organizationId "
                + "and m.startedAt >= :from and m.startedAt < :to" + scope
                + " group by m.planCode, o.id, o.name, m.metric order by m.planCode, o.name, m.metric",
                Object[].class);
        List<SlaReport.Row> rows = new ArrayList<>();
        for (Object[] r : bind(clocks, organizationId, planCode, from, to).getResultList()) {
            rows.add(new SlaReport.Row((String) r[0], ((Number) r[1]).longValue(), (String) r[2], (SlaMetricKind) r[3],
                    ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                    ((Number) r[7]).longValue(), ((Number) r[8]).longValue()));
        }

        Map<Tier, Duration> perTier = new EnumMap<>(Tier.class);
        TypedQuery<Object[]> stints = em.createQuery("select s.tier, s.fromAt, s.toAt from TierStint s, Ticket t, "
                + "Organization o where t.id = s.ticketId and o.id = t.organizationId "
                + "and t.createdAt >= :from and t.createdAt < :to" + ticketScope, Object[].class);
        for (Object[] s : bind(stints, organizationId, planCode, from, to).getResultList()) {
            Instant end = s[2] != null ? (Instant) s[2] : now;
            perTier.merge((Tier) s[0], Duration.between((Instant) s[1], end), Duration::plus);
        }

        Map<String, Duration> perReason = new TreeMap<>();
        TypedQuery<Object[]> pauses = em.createQuery("select seg.reason, seg.fromAt, seg.toAt from SlaMetric m "
                + "join m.segments seg, Organization o where o.id = m.organizationId "
                + "and m.metric = org.deskline.sla.entity.SlaMetricKind.RESOLUTION and seg.running = false "
                + "and seg.reason like 'DEFERRED_%' and m.startedAt >= :from and m.startedAt < :to" + scope,
                Object[].class);
        for (Object[] p : bind(pauses, organizationId, planCode, from, to).getResultList()) {
            Instant end = p[2] != null ? (Instant) p[2] : now;
            perReason.merge(((String) p[0]).substring(SlaRules.DEFERRED.length()), Duration.between((Instant) p[1], end),
                    Duration::plus);
        }

        TypedQuery<Object[]> csat = em.createQuery("select count(t.rating), avg(t.rating) from Ticket t, "
                + "Organization o where o.id = t.organizationId and t.rating is not null "
                + "and t.closedAt >= :from and t.closedAt < :to" + ticketScope, Object[].class);
        Object[] ratings = bind(csat, organizationId, planCode, from, to).getSingleResult();
        long count = ratings[0] == null ? 0 : ((Number) ratings[0]).longValue();
        Double average = count == 0 || ratings[1] == null ? null : ((Number) ratings[1]).doubleValue();
        // S3: emergency flags staff cleared in the period (misused ones among them)
        long cleared = bind(em.createQuery("select count(e) from TicketEvent e, Ticket t, Organization o "
                + "where t.id = e.ticketId and o.id = t.organizationId and e.action = :cleared "
                + "and e.occurredAt >= :from and e.occurredAt < :to" + ticketScope, Long.class), organizationId, planCode,
                from, to).setParameter("cleared", HistoryAction.EMERGENCY_CLEARED.name()).getSingleResult();
        return new SlaReport(from, to, rows, perTier, perReason, count, average, cleared);
    }

    private static void check(Instant from, Instant to) {
        if (from == null || to == null) {
            throw new DeskException(ErrorCode.VALIDATION, from == null ? "from" : "to", "S7",
                    "A report covers a period: give from and to.");
        }
        if (!from.isBefore(to)) {
            throw new DeskException(ErrorCode.VALIDATION, "to", "S7", "The period ends (" + to
                    + ") before it starts (" + from + ").");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw new DeskException(ErrorCode.VALIDATION, "to", "S7",
                    "A report covers at most 366 days; ask for one period at a time.");
        }
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Long organizationId, String planCode, Instant from,
                                          Instant to) {
        query.setParameter("from", from).setParameter("to", to);
        if (organizationId != null) {
            query.setParameter("org", organizationId);
        }
        if (planCode != null) {
            query.setParameter("plan", planCode);
        }
        return query;
    }
}
