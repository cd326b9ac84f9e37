package org.deskline.sla.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.deskline.platform.control.SolarHijri;
import org.deskline.sla.control.IcsHolidays;
import org.deskline.sla.control.IranHolidays;
import org.deskline.sla.control.SlaCalendars;
import org.deskline.sla.control.SlaTracker;
import org.deskline.sla.entity.ShippedHolidayYear;
import org.deskline.sla.entity.SlaCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * S2: the default calendar (BUSINESS, while its zone is Asia/Tehran) gets Iran's official holidays for the current
 * and the next Solar Hijri year. A year is added once; a day that already is a holiday keeps the name staff gave it.
 * The running deadlines on the calendar are recomputed in the same transaction.
 */
@Stateless
public class ShippedHolidays {

    private static final Logger LOG = Logger.getLogger(ShippedHolidays.class.getName());
    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SlaCalendars calendars;

    @Inject
    SlaTracker tracker;

    @Inject
    @ConfigProperty(name = "desk.sla.iran.holidays", defaultValue = "true")
    boolean enabled;

    /** Adds what is owed; returns how many holidays it added. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int ship() {
        if (!enabled) {
            return 0;
        }
        SlaCalendar calendar = em.find(SlaCalendar.class, SlaCalendar.DEFAULT_CODE, LockModeType.PESSIMISTIC_WRITE);
        if (calendar == null || !TEHRAN.equals(calendar.zone())) {
            return 0;
        }
        int current = SolarHijri.of(LocalDate.now(clock.withZone(TEHRAN))).year();
        int added = 0;
        for (int year : List.of(current, current + 1)) {
            if (em.find(ShippedHolidayYear.class, ShippedHolidayYear.key(calendar.getCode(), year)) != null) {
                continue;
            }
            int addedThisYear = 0;
            for (IcsHolidays.Holiday holiday : IranHolidays.of(year)) {
                if (calendar.getHolidays().stream().noneMatch(h -> h.getDay().equals(holiday.day()))) {
                    calendar.putHoliday(holiday.day(), holiday.name());
                    addedThisYear++;
                }
            }
            em.persist(new ShippedHolidayYear(calendar.getCode(), year, clock.instant(), addedThisYear));
            added += addedThisYear;
            int shown = addedThisYear;
            boolean lunar = IranHolidays.lunarYears().contains(year);
            LOG.info(() -> "Calendar " + calendar.getCode() + ": added " + shown + " official holidays of "
                    + year + (lunar ? "" : " (its lunar holidays computed from the Umm al-Qura tables: Iran fixes "
                    + "them by sighting, so check them against the official calendar on the calendars page)"));
        }
        if (added > 0) {
            em.flush();
            calendars.changed();
            tracker.rescheduleCalendar(calendar.getCode());
        }
        return added;
    }
}
