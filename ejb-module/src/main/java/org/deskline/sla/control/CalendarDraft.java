package org.deskline.sla.control;

import org.deskline.sla.entity.BusinessCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.deskline.platform.DeskException;
import org.deskline.sla.entity.CalendarOpening;

/**
 * S2: a business calendar as an editor submits it. {@link #check()} names the first field that breaks a rule, so
 * the console can point at it; nothing is stored from a draft that fails.
 */
public record CalendarDraft(String code, String name, String zone, List<CalendarOpening> openings) {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public CalendarDraft {
        openings = openings == null ? List.of() : List.copyOf(openings);
    }

    /** The draft's zone, once {@link #check()} passed. */
    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public CalendarDraft check() {
        if (code == null || !CODE.matcher(code).matches() || SlaCalendars.ALL_DAY.equals(code)) {
            throw DeskException.invalid("code", "S2", "A calendar code is 2-40 capital letters, digits or _, starting "
                    + "with a letter, and not " + SlaCalendars.ALL_DAY + " (the built-in 24/7 calendar).");
        }
        if (name == null || name.isBlank() || name.length() > SlaRules.NAME_LENGTH) {
            throw DeskException.invalid("name", "S2", "A calendar needs a name of at most " + SlaRules.NAME_LENGTH
                    + " characters.");
        }
        try {
            if (zone == null) {
                throw new DateTimeException("none");
            }
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw DeskException.invalid("zone", "S2", "Unknown time zone '" + zone
                    + "': use a tz database name such as Asia/Tehran or Europe/Berlin.");
        }
        if (openings.isEmpty()) {
            throw DeskException.invalid("openings", "S2", "A calendar must be open at least once a week.");
        }
        Map<DayOfWeek, List<BusinessCalendar.Opening>> week = new EnumMap<>(DayOfWeek.class);
        for (CalendarOpening o : openings) {
            if (o.getDay() == null || o.getFromMinute() < 0 || o.getToMinute() > 1440
                    || o.getFromMinute() >= o.getToMinute()) {
                throw DeskException.invalid("openings", "S2", "An opening runs forward within one day, from 00:00 to "
                        + "at most 24:00: " + describe(o) + " does not.");
            }
            List<BusinessCalendar.Opening> day = week.computeIfAbsent(o.getDay(), d -> new ArrayList<>());
            for (BusinessCalendar.Opening other : day) {
                if (o.getFromMinute() < other.to() && other.from() < o.getToMinute()) {
                    throw DeskException.invalid("openings", "S2", "Openings of one day must not overlap: "
                            + describe(o) + " overlaps " + describe(new CalendarOpening(o.getDay(), other.from(),
                            other.to())) + ".");
                }
            }
            day.add(new BusinessCalendar.Opening(o.getFromMinute(), o.getToMinute()));
        }
        return this;
    }

    private static String describe(CalendarOpening o) {
        return o.getDay() + " " + hhmm(o.getFromMinute()) + "-" + hhmm(o.getToMinute());
    }

    /** Minutes after midnight as HH:MM (1440 is 24:00). */
    public static String hhmm(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
