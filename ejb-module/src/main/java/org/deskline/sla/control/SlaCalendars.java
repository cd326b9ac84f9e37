package org.deskline.sla.control;

import org.deskline.sla.entity.SlaPlan;
import org.deskline.sla.entity.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.deskline.sla.entity.SlaCalendar;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.ticket.entity.Ticket;

/**
 * S2/S3: the calendars clocks run on, by code: the stored business calendars (sla_calendar, the default
 * {@value SlaCalendar#DEFAULT_CODE} is Saturday to Wednesday 08:00-16:30 Asia/Tehran) and the built-in
 * {@value #ALL_DAY}, around the clock, for 24/7 plans and every emergency. Read from the database at most once a
 * minute: another server's change is seen within a minute, this server's at once ({@link #changed()}).
 */
@ApplicationScoped
public class SlaCalendars {

    public static final String ALL_DAY = "ALL_DAY";
    private static final Duration RELOAD = Duration.ofMinutes(1);
    private static final BusinessCalendar AROUND_THE_CLOCK = BusinessCalendar.allDay(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private volatile Map<String, BusinessCalendar> stored;
    private volatile Instant loadedAt = Instant.MIN;

    public BusinessCalendar forName(String code) {
        if (ALL_DAY.equals(code)) {
            return AROUND_THE_CLOCK;
        }
        Map<String, BusinessCalendar> known = stored;
        if (known == null || clock.instant().isAfter(loadedAt.plus(RELOAD)) || !known.containsKey(code)) {
            known = em.createQuery("select c from SlaCalendar c", SlaCalendar.class).getResultStream()
                    .collect(Collectors.toUnmodifiableMap(SlaCalendar::getCode, SlaCalendar::rule));
            stored = known;
            loadedAt = clock.instant();
        }
        BusinessCalendar calendar = known.get(code);
        if (calendar == null) {
            throw new IllegalStateException("no business calendar " + code);
        }
        return calendar;
    }

    /** A calendar or its holidays changed here: the next computation reads them again. */
    public void changed() {
        stored = null;
    }

    /** S3: emergencies run around the clock whatever the plan; otherwise the plan's coverage decides. */
    public static String nameFor(Ticket ticket, SupportPlan plan) {
        return ticket.isEmergency() || plan.getCoverage() == SlaPlan.Coverage.ALL_DAY ? ALL_DAY
                : plan.getCalendarCode();
    }
}
