package org.deskline.sla.boundary.console;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.deskline.platform.DeskException;
import org.deskline.sla.control.CalendarDraft;
import org.deskline.sla.entity.CalendarOpening;

/**
 * S2: one weekday's openings as the calendar editor shows them: "08:00-12:00, 13:00-16:30"; empty for a closed
 * day; 24:00 ends a day at midnight.
 */
final class WeekText {

    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

    private WeekText() {
    }

    static List<CalendarOpening> parse(DayOfWeek day, String text) {
        List<CalendarOpening> openings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return openings;
        }
        for (String part : text.split(",")) {
            Matcher m = INTERVAL.matcher(part.strip());
            if (!m.matches()) {
                throw DeskException.invalid("openings." + day, "S2", "'" + part.strip() + "' is not an interval: "
                        + "write HH:MM-HH:MM, several separated by commas, e.g. 08:00-12:00, 13:00-16:30.");
            }
            int from = minutes(m.group(1), m.group(2), day);
            int to = minutes(m.group(3), m.group(4), day);
            openings.add(new CalendarOpening(day, from, to));
        }
        return openings;
    }

    static String format(List<CalendarOpening> openings, DayOfWeek day) {
        return openings.stream().filter(o -> o.getDay() == day)
                .map(o -> CalendarDraft.hhmm(o.getFromMinute()) + "-" + CalendarDraft.hhmm(o.getToMinute()))
                .collect(Collectors.joining(", "));
    }

    private static int minutes(String h, String m, DayOfWeek day) {
        int hours = Integer.parseInt(h);
        int mins = Integer.parseInt(m);
        if (mins > 59 || hours > 24 || hours == 24 && mins > 0) {
            throw DeskException.invalid("openings." + day, "S2", h + ":" + m + " is not a time of day (00:00-24:00).");
        }
        return hours * 60 + mins;
    }
}
