package org.deskline.sla.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;

/**
 * S2: official holidays from an iCalendar file (RFC 5545), as published by governments and calendar services:
 * every VEVENT with an all-day DTSTART (VALUE=DATE) is a holiday; DTEND, when given, is exclusive, so a
 * multi-day event gives every day in between. Folded lines are unfolded; SUMMARY names the day. Recurrence rules
 * are not expanded: holidays are dated entries (S2), and the official calendars list each year's dates.
 */
public final class IcsHolidays {

    /** One dated holiday. */
    public record Holiday(LocalDate day, String name) {
    }

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_DAYS_PER_EVENT = 31;

    private IcsHolidays() {
    }

    public static List<Holiday> parse(Reader ics) throws IOException {
        List<String> lines = unfold(ics);
        if (lines.isEmpty() || !lines.get(0).equalsIgnoreCase("BEGIN:VCALENDAR")) {
            throw new DeskException(ErrorCode.VALIDATION, "file", "S2", "Not an iCalendar file: it does not begin "
                    + "with BEGIN:VCALENDAR.");
        }
        Map<LocalDate, String> days = new TreeMap<>();
        LocalDate start = null;
        LocalDate end = null;
        String summary = null;
        boolean inEvent = false;
        int number = 0;
        for (String line : lines) {
            number++;
            String upper = line.toUpperCase();
            if (upper.equals("BEGIN:VEVENT")) {
                inEvent = true;
                start = null;
                end = null;
                summary = null;
            } else if (upper.equals("END:VEVENT")) {
                if (start != null) {
                    LocalDate last = end == null ? start : end.minusDays(1);
                    if (last.isBefore(start) || start.plusDays(MAX_DAYS_PER_EVENT).isBefore(last)) {
                        throw new DeskException(ErrorCode.VALIDATION, "file", "S2", "Line " + number
                                + ": an event from " + start + " to " + end + " is not a holiday of 1 to "
                                + MAX_DAYS_PER_EVENT + " days.");
                    }
                    for (LocalDate d = start; !d.isAfter(last); d = d.plusDays(1)) {
                        days.putIfAbsent(d, summary == null ? "holiday" : summary);
                    }
                }
                inEvent = false;
            } else if (inEvent && upper.startsWith("DTSTART")) {
                start = date(line, number);
            } else if (inEvent && upper.startsWith("DTEND")) {
                end = date(line, number);
            } else if (inEvent && upper.startsWith("SUMMARY")) {
                summary = unescape(line.substring(line.indexOf(':') + 1)).strip();
            }
        }
        List<Holiday> holidays = new ArrayList<>();
        days.forEach((day, name) -> holidays.add(new Holiday(day, name.length() > 200 ? name.substring(0, 200) : name)));
        return holidays;
    }

    /** An all-day date (DTSTART;VALUE=DATE:20270320); a timed event is not a holiday. */
    private static LocalDate date(String line, int number) {
        String params = line.substring(0, line.indexOf(':') < 0 ? line.length() : line.indexOf(':')).toUpperCase();
        String value = line.substring(line.indexOf(':') + 1).strip();
        if (value.length() != 8 || (params.contains("VALUE=") && !params.contains("VALUE=DATE"))) {
            throw new DeskException(ErrorCode.VALIDATION, "file", "S2", "Line " + number + ": \"" + line
                    + "\" is not an all-day date; holidays are whole days (VALUE=DATE:YYYYMMDD).");
        }
        try {
            return LocalDate.parse(value, BASIC);
        } catch (DateTimeParseException e) {
            throw new DeskException(ErrorCode.VALIDATION, "file", "S2", "Line " + number + ": \"" + value
                    + "\" is not a date (YYYYMMDD).");
        }
    }

    /** RFC 5545 3.1: a line starting with a space or tab continues the previous one. */
    private static List<String> unfold(Reader ics) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(ics)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && !lines.isEmpty()) {
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
                } else if (!line.isBlank()) {
                    lines.add(line.strip().isEmpty() ? line : line.stripTrailing());
                }
            }
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    private static String unescape(String text) {
        return text.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";")
                .replace("\\\\", "\\");
    }
}
