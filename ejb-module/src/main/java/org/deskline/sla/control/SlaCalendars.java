package org.deskline.sla.control;

import org.deskline.platform.control.CacheGenerations;
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
 * {@value #ALL_DAY}, around the clock, for 24/7 plans and every emergency. Kept in memory; a change counts the
 * {@code sla-calendars} generation up in its transaction ({@link #changed()}), and every server compares that
 * number at most once a second and reloads when it moved: this server's change is seen at once, another server's
 * within a second of its commit (issue 22). Reloaded every ten minutes whatever happens.
 */
@ApplicationScoped
public class SlaCalendars {

    public static final String ALL_DAY = "ALL_DAY";
    private static final Duration RELOAD = Duration.ofMinutes(10);
    private static final Duration LOOK = Duration.ofSeconds(1);
    private static final String GENERATION = "sla-calendars";
    private static final BusinessCalendar AROUND_THE_CLOCK = BusinessCalendar.allDay(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CacheGenerations generations;

    private volatile Map<String, BusinessCalendar> stored;
    private volatile Instant loadedAt = Instant.MIN;
    private volatile long loadedGeneration = -1;
    private volatile Instant lookedAt = Instant.MIN;

    public BusinessCalendar forName(String code) {
        if (ALL_DAY.equals(code)) {
            return AROUND_THE_CLOCK;
        }
        Map<String, BusinessCalendar> known = stored;
        Instant now = clock.instant();
        long generation = loadedGeneration;
        if (known != null && now.isAfter(lookedAt.plus(LOOK))) {
            lookedAt = now;
            generation = generation();
        }
        if (known == null || generation != loadedGeneration || now.isAfter(loadedAt.plus(RELOAD))
                || !known.containsKey(code)) {
            generation = generation(); // read before the calendars: a change committed between is seen next time
            known = em.createQuery("select c from SlaCalendar c", SlaCalendar.class).getResultStream()
                    .collect(Collectors.toUnmodifiableMap(SlaCalendar::getCode, SlaCalendar::rule));
            stored = known;
            loadedGeneration = generation;
            loadedAt = now;
            lookedAt = now;
        }
        BusinessCalendar calendar = known.get(code);
        if (calendar == null) {
            throw new IllegalStateException("no business calendar " + code);
        }
        return calendar;
    }

    /**
     * A calendar or its holidays changed here, in the running transaction: the next computation here reads them
     * again, and the other servers do within a second of the commit.
     */
    public void changed() {
        generations.countUp(GENERATION);
        stored = null;
    }

    private long generation() {
        return generations.current(GENERATION);
    }

    /** S3: emergencies run around the clock whatever the plan; otherwise the plan's coverage decides. */
    public static String nameFor(Ticket ticket, SupportPlan plan) {
        return ticket.isEmergency() || plan.getCoverage() == SlaPlan.Coverage.ALL_DAY ? ALL_DAY
                : plan.getCalendarCode();
    }
}
