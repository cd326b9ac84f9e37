package org.deskline.sla.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deskline.sla.control.SlaCalendars;
import org.deskline.sla.control.SlaStanding;
import org.deskline.sla.control.SlaTiers;
import org.deskline.sla.entity.SlaMetric;
import org.deskline.sla.entity.TierStint;
import org.deskline.ticket.entity.Ticket;
import org.deskline.security.entity.Groups;

/**
 * S4/S5/S6/S7 for staff (the console): where a ticket's clocks stand, the tiers it passed through, the
 * clocks about to breach or breached while still running, and the compliance report, across all organizations. Reads the indexed
 * deadlines; nothing here changes a clock.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
public class SlaBoard {

    /** A running clock due soon (or overdue), with what the console shows beside it. */
    public record DueClock(long ticketId, String title, String organization, String priority, boolean emergency,
                           SlaStanding standing) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SlaCalendars calendars;

    @Inject
    SlaTiers tiers;

    @Inject
    Clock clock;

    @Inject
    org.deskline.sla.control.SlaReports reports;

    /**
     * S7: compliance over a period (at most 366 days) across every organization, or one, or one plan: each clock
     * under the plan it ran on; time per tier and per deferral reason; ratings; emergency flags cleared.
     */
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER})
    public org.deskline.sla.control.SlaReport report(Long organizationId, String planCode, Instant from, Instant to) {
        return reports.report(organizationId, planCode == null || planCode.isBlank() ? null : planCode.strip(), from,
                to, clock.instant());
    }

    /** Every clock of the ticket, tier reactions included, oldest first. */
    public List<SlaStanding> clocks(long ticketId) {
        Instant now = clock.instant();
        return em.createNamedQuery(SlaMetric.OF_TICKET, SlaMetric.class)
                .setParameter("ticket", ticketId).getResultStream().map(m -> standing(m, now)).toList();
    }

    /** S5: the ticket's stints in the tiers, oldest first (time per tier). */
    public List<TierStint> tierHistory(long ticketId) {
        return tiers.stints(ticketId);
    }

    /** S6: running clocks due within {@code within} from now, overdue ones first, at most {@code max}. */
    public List<DueClock> due(Duration within, int max) {
        Instant now = clock.instant();
        List<SlaMetric> due = em.createQuery("select m from SlaMetric m where m.dueAt <= :horizon "
                        + "and m.state = org.deskline.sla.entity.SlaMetricState.RUNNING order by m.dueAt, m.id",
                        SlaMetric.class)
                .setParameter("horizon", now.plus(within)).setMaxResults(max).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, Ticket> tickets = new HashMap<>();
        em.createQuery("select t from Ticket t join fetch t.project p join fetch p.organization where t.id in :ids",
                        Ticket.class)
                .setParameter("ids", due.stream().map(SlaMetric::getTicketId).distinct().toList())
                .getResultStream().forEach(t -> tickets.put(t.getId(), t));
        return due.stream().map(m -> {
            Ticket t = tickets.get(m.getTicketId());
            return new DueClock(t.getId(), t.getTitle(), t.getProject().getOrganization().getName(),
                    t.getPriority().name(), t.isEmergency(), standing(m, now));
        }).toList();
    }

    private SlaStanding standing(SlaMetric m, Instant now) {
        return SlaStanding.of(m, calendars.forName(m.getCalendar()), now);
    }
}
