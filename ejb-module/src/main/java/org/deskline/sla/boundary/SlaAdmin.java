package org.deskline.sla.boundary;

import org.deskline.security.control.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.sla.control.CalendarDraft;
import org.deskline.sla.control.IcsHolidays;
import org.deskline.sla.control.PlanDraft;
import org.deskline.sla.control.SlaCalendars;
import org.deskline.sla.control.SlaRules;
import org.deskline.sla.control.SlaTracker;
import org.deskline.sla.control.SupportPlans;
import org.deskline.sla.entity.SlaCalendar;
import org.deskline.sla.entity.SupportPlan;
import org.deskline.security.entity.Groups;

/**
 * S1/S2 administration, for staff (the console): plans and business calendars with their holidays, and which plan
 * an organization is on. Every change recomputes the deadlines of the running clocks it affects from their
 * ledgers (S4), in the same transaction, so no clock keeps a deadline made under the old terms. Edits carry the
 * version the editor read: a plan or calendar changed meanwhile by someone else is refused, not overwritten.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER})
public class SlaAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    SupportPlans plans;

    @Inject
    SlaCalendars calendars;

    @Inject
    SlaTracker tracker;

    @Inject
    java.time.Clock clock;

    public List<SlaCalendar> calendars() {
        return em.createQuery("select c from SlaCalendar c order by c.code", SlaCalendar.class).getResultList();
    }

    public SlaCalendar calendar(String code) {
        SlaCalendar calendar = code == null ? null : em.find(SlaCalendar.class, code);
        if (calendar == null) {
            throw DeskException.notFound("calendar", "calendar", code);
        }
        return calendar;
    }

    /** Creates the calendar ({@code readVersion} null) or replaces its name, zone and week. */
    @Audited
    public SlaCalendar saveCalendar(CalendarDraft draft, Long readVersion) {
        draft.check();
        SlaCalendar calendar = em.find(SlaCalendar.class, draft.code());
        if (readVersion == null) {
            if (calendar != null) {
                throw DeskException.invalid("code", "S2", "A calendar " + draft.code() + " exists already.");
            }
            calendar = new SlaCalendar(draft.code(), draft.name().strip(), draft.zoneId(), draft.openings());
            em.persist(calendar);
        } else {
            calendar = calendar(draft.code());
            unchangedSince(calendar.getVersion(), readVersion, "calendar");
            calendar.reschedule(draft.name().strip(), draft.zoneId(), draft.openings());
        }
        return recomputed(calendar);
    }

    /** Adds a holiday, or renames the day when it is one already. */
    @Audited
    public SlaCalendar putHoliday(String calendarCode, LocalDate day, String name) {
        if (day == null) {
            throw DeskException.invalid("day", "S2", "A holiday needs its date.");
        }
        if (name == null || name.isBlank() || name.length() > SlaRules.HOLIDAY_NAME_LENGTH) {
            throw DeskException.invalid("holidayName", "S2", "A holiday needs a name of at most "
                    + SlaRules.HOLIDAY_NAME_LENGTH + " characters.");
        }
        SlaCalendar calendar = calendar(calendarCode);
        calendar.putHoliday(day, name.strip());
        return recomputed(calendar);
    }

    @Audited
    public SlaCalendar removeHoliday(String calendarCode, LocalDate day) {
        SlaCalendar calendar = calendar(calendarCode);
        if (!calendar.removeHoliday(day)) {
            throw DeskException.notFound("day", "holiday on", day);
        }
        return recomputed(calendar);
    }

    /**
     * Imports the file's all-day events as holidays of the calendar (days it has already are renamed); returns how
     * many days the file held.
     */
    @Audited
    public int importHolidays(String calendarCode, Reader ics) {
        SlaCalendar calendar = calendar(calendarCode);
        List<IcsHolidays.Holiday> holidays;
        try {
            // recurring holidays ("every 1 January") are taken from last year to two years ahead
            int year = java.time.LocalDate.now(clock.withZone(calendar.zone())).getYear();
            holidays = IcsHolidays.parse(ics, calendar.zone(), java.time.LocalDate.of(year - 1, 1, 1),
                    java.time.LocalDate.of(year + 3, 1, 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        holidays.forEach(h -> calendar.putHoliday(h.day(), h.name()));
        recomputed(calendar);
        return holidays.size();
    }

    public List<SupportPlan> plans() {
        return em.createQuery("select p from SupportPlan p order by p.code", SupportPlan.class).getResultList();
    }

    public SupportPlan plan(String code) {
        SupportPlan plan = plans.find(code);
        if (plan == null) {
            throw DeskException.notFound("plan", "plan", code);
        }
        return plan;
    }

    /** Creates the plan ({@code readVersion} null) or revises it; its organizations' running clocks follow. */
    @Audited
    public SupportPlan savePlan(PlanDraft draft, Long readVersion) {
        draft.check();
        String calendarCode = draft.calendarCode() == null || draft.calendarCode().isBlank()
                ? SlaCalendar.DEFAULT_CODE : draft.calendarCode();
        calendar(calendarCode);
        SupportPlan plan = plans.find(draft.code());
        if (readVersion == null) {
            if (plan != null) {
                throw DeskException.invalid("code", "S1", "A plan " + draft.code() + " exists already.");
            }
            plan = new SupportPlan(draft.code(), draft.name().strip(), draft.coverage(), draft.unoffered(),
                    draft.nextResponse(), draft.targets());
            em.persist(plan);
        } else {
            plan = plan(draft.code());
            unchangedSince(plan.getVersion(), readVersion, "plan");
        }
        plan.revise(draft.name().strip(), draft.coverage(), draft.unoffered(), draft.nextResponse(), calendarCode,
                draft.targets(), draft.tierReactions());
        plan.setTicketNumbers(draft.ticketNumbers());
        plan.setEmergencyTargets(draft.emergency().response(), draft.emergency().resolution());
        plan.setRouting(draft.routing());
        plan.setProposalTarget(draft.proposal());
        em.flush();
        plans.changed();
        tracker.retargetPlan(plan.getCode());
        return plan;
    }

    private static void unchangedSince(long version, long readVersion, String what) {
        if (version != readVersion) {
            throw new DeskException(ErrorCode.CONCURRENT_MODIFICATION, what, null, "Someone else changed this "
                    + what + " meanwhile: open it again to see the change, then edit.");
        }
    }

    private SlaCalendar recomputed(SlaCalendar calendar) {
        em.flush();
        calendars.changed();
        tracker.rescheduleCalendar(calendar.getCode());
        return calendar;
    }
}
