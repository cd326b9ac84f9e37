package org.deskline.sla.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.deskline.organization.control.CallerDirectory;
import org.deskline.platform.DeskException;
import org.deskline.sla.control.CalendarSummary;
import org.deskline.sla.control.SlaCalendars;
import org.deskline.sla.control.SlaReport;
import org.deskline.sla.control.SlaReports;
import org.deskline.sla.control.SlaStanding;
import org.deskline.sla.control.SlaTracker;
import org.deskline.sla.entity.SlaCalendar;
import org.deskline.sla.entity.SlaMetricKind;
import org.deskline.sla.entity.SlaPlan;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.ticket.boundary.CustomerTickets;
import org.deskline.ticket.entity.Ticket;

/**
 * The SLA as customer systems see it (S1-S4, S7): their plan, its calendar, where a ticket's clocks stand and their
 * compliance. Every method takes the calling API client's name and scopes everything to its organization: another
 * organization's ticket is reported exactly like one that does not exist ({@link CustomerTickets#get}).
 */
@Stateless
public class CustomerSla {

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerTickets tickets;

    @Inject
    CallerDirectory callers;

    @Inject
    SlaTracker sla;

    @Inject
    SlaCalendars calendars;

    @Inject
    SlaReports reports;

    @Inject
    Clock clock;

    /** S4: where each of the ticket's SLA clocks stands now, with its explanation. */
    public List<SlaStanding> slaStatus(String apiClient, long ticketId) {
        Ticket ticket = tickets.get(apiClient, ticketId);
        Instant now = clock.instant();
        return sla.metricsOf(ticket.getId()).stream()
                .filter(m -> m.getMetric() != SlaMetricKind.TIER_REACTION) // S5 tiers are staff-side
                .map(m -> SlaStanding.of(m, calendars.forName(m.getCalendar()), now)).toList();
    }

    /** S7: the caller's SLA compliance over a period. */
    public SlaReport compliance(String apiClient, Instant from, Instant to) {
        return reports.report(callers.require(apiClient), null, from, to, clock.instant());
    }

    /** S1: the plan the caller's organization is on. */
    public SupportPlan plan(String apiClient) {
        return sla.planOf(callers.require(apiClient));
    }

    /** S1/B1: the plan one of the caller's projects runs on (its own, else the organization's); blank: the latter. */
    public SupportPlan plan(String apiClient, String projectCode) {
        return projectCode == null || projectCode.isBlank() ? plan(apiClient)
                : sla.planOf(callers.project(apiClient, projectCode.strip()));
    }

    /**
     * S2/S3: the calendar the caller's business-hours clocks run on (24/7 plans: the built-in ALL_DAY one), with
     * the holidays of one year, or all of them when {@code year} is null.
     */
    public CalendarSummary calendar(String apiClient, Integer year) {
        if (year != null && (year < 1900 || year > 2200)) {
            throw DeskException.invalid("year", "S2", "A year between 1900 and 2200, or none for every holiday.");
        }
        SupportPlan plan = plan(apiClient);
        CalendarSummary view = plan.getCoverage() == SlaPlan.Coverage.ALL_DAY ? CalendarSummary.allDay()
                : CalendarSummary.of(em.find(SlaCalendar.class, plan.getCalendarCode()));
        return year == null ? view : view.holidaysOf(year);
    }
}
