package org.deskline.sla.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import org.deskline.sla.control.IcsHolidays;
import org.deskline.sla.control.SlaCalendars;
import org.deskline.sla.control.SlaTracker;
import org.deskline.sla.entity.SlaHoliday;
import org.deskline.sla.entity.SlaMetric;

/**
 * S2: the official holidays of the business calendar, for staff (the console): import from an iCalendar file,
 * list. A change recomputes the deadlines of running business-hours clocks from their ledgers (S4), in the same
 * transaction, so no clock keeps a deadline that counts a holiday.
 */
@Stateless
public class SlaCalendarAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    SlaCalendars calendars;

    @Inject
    SlaTracker tracker;

    /** Imports the file's all-day events as holidays (existing days are renamed); returns how many days it held. */
    public int importHolidays(Reader ics) {
        List<IcsHolidays.Holiday> holidays;
        try {
            holidays = IcsHolidays.parse(ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (IcsHolidays.Holiday h : holidays) {
            SlaHoliday known = em.find(SlaHoliday.class, h.day());
            if (known == null) {
                em.persist(new SlaHoliday(h.day(), h.name()));
            } else {
                known.rename(h.name());
            }
        }
        em.flush();
        calendars.holidaysChanged();
        em.createQuery("select m from SlaMetric m where m.calendar = :business "
                        + "and m.state = org.deskline.sla.entity.SlaMetricState.RUNNING", SlaMetric.class)
                .setParameter("business", SlaCalendars.BUSINESS)
                .getResultStream()
                .forEach(m -> m.schedule(calendars.forName(SlaCalendars.BUSINESS), tracker.warnPercent()));
        return holidays.size();
    }

    public List<SlaHoliday> holidays() {
        return em.createQuery("select h from SlaHoliday h order by h.day", SlaHoliday.class).getResultList();
    }
}
