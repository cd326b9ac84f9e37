package org.deskline.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.ticket.entity.Ticket;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * S2/S3: the calendars clocks run on. {@value #BUSINESS}: Saturday to Wednesday 08:00-16:30 in the configured
 * zone (Asia/Tehran by default) without the official holidays stored in sla_holiday; {@value #ALL_DAY}: around
 * the clock, for 24/7 plans and every emergency.
 */
@ApplicationScoped
public class SlaCalendars {

    public static final String BUSINESS = "BUSINESS";
    public static final String ALL_DAY = "ALL_DAY";
    private static final Duration RELOAD = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "desk.sla.zone", defaultValue = "Asia/Tehran")
    String zone;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private volatile BusinessCalendar business;
    private volatile BusinessCalendar allDay;
    private volatile Instant loadedAt = Instant.MIN;

    public BusinessCalendar forName(String name) {
        if (allDay == null) {
            allDay = BusinessCalendar.allDay(ZoneId.of(zone));
        }
        if (ALL_DAY.equals(name)) {
            return allDay;
        }
        // holidays come from the database; another server's import is seen within a minute, this server's at once
        if (business == null || clock.instant().isAfter(loadedAt.plus(RELOAD))) {
            Set<LocalDate> holidays = new HashSet<>(em.createQuery("select h.day from SlaHoliday h", LocalDate.class)
                    .getResultList());
            business = BusinessCalendar.businessWeek(ZoneId.of(zone), holidays);
            loadedAt = clock.instant();
        }
        return business;
    }

    /** The holidays changed here: the next computation reads them again. */
    public void holidaysChanged() {
        business = null;
    }

    /** S3: emergencies run around the clock whatever the plan; otherwise the plan's coverage decides. */
    public static String nameFor(Ticket ticket, SupportPlan plan) {
        return ticket.isEmergency() || plan.getCoverage() == SlaPlan.Coverage.ALL_DAY ? ALL_DAY : BUSINESS;
    }
}
