package org.deskline.sla.control;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.deskline.sla.entity.CalendarHoliday;
import org.deskline.sla.entity.CalendarOpening;
import org.deskline.sla.entity.SlaCalendar;

/**
 * S2/S3: a calendar as a value for customers and staff: its week and holidays (none for the built-in 24/7 one).
 */
public record CalendarSummary(String code, String name, String zone, List<CalendarOpening> openings,
                           List<CalendarHoliday> holidays) {

    public static CalendarSummary of(SlaCalendar calendar) {
        return new CalendarSummary(calendar.getCode(), calendar.getName(), calendar.zone().getId(),
                calendar.getOpenings(), calendar.getHolidays());
    }

    /** The built-in calendar of 24/7 plans and emergencies. */
    public static CalendarSummary allDay() {
        return new CalendarSummary(SlaCalendars.ALL_DAY, "24/7", ZoneOffset.UTC.getId(),
                Arrays.stream(DayOfWeek.values()).map(d -> new CalendarOpening(d, 0, 1440)).toList(), List.of());
    }

    /** The same calendar with the holidays of one year only. */
    public CalendarSummary holidaysOf(int year) {
        return new CalendarSummary(code, name, zone, openings,
                holidays.stream().filter(h -> h.getDay().getYear() == year).toList());
    }
}
