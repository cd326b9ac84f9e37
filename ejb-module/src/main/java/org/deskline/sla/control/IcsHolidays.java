package org.deskline.sla.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;

/**
 * S2: official holidays from an iCalendar file (RFC 5545), as governments and calendar services publish them, read
 * with iCal4j: every VEVENT is a holiday of one or more whole days. An all-day event (VALUE=DATE) covers DTSTART up to
 * DTEND (exclusive); a timed one (with its TZID, in UTC, or floating) must last a whole day and covers the days of
 * the business calendar's zone it spans. Recurring events (RRULE, RDATE, less EXDATE: "every 1 January") give each
 * occurrence within the import window; a one-off event is imported whatever its year. SUMMARY names the day; two
 * events on one day keep the first name.
 */
public final class IcsHolidays {

    /** One dated holiday. */
    public record Holiday(LocalDate day, String name) {
    }

    private static final int MAX_DAYS_PER_EVENT = 31;
    private static final int MAX_DAYS = 5_000;
    private static final int NAME_LENGTH = 200;
    /** One-off events are taken whatever their year (within what a calendar can hold). */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 1, 1);

    private IcsHolidays() {
    }

    /**
     * The file's holidays in the calendar's {@code zone}; recurring events give their occurrences from {@code from}
     * (inclusive) to {@code until} (exclusive).
     */
    public static List<Holiday> parse(Reader ics, ZoneId zone, LocalDate from, LocalDate until) throws IOException {
        Calendar calendar = read(ics);
        Map<LocalDate, String> days = new TreeMap<>();
        for (CalendarComponent component : calendar.getComponents()) {
            if (!(component instanceof VEvent event)) {
                continue;
            }
            Optional<DtStart<Temporal>> start = event.getDateTimeStart();
            if (start.isEmpty()) {
                continue;
            }
            String name = event.getSummary().map(Summary::getValue).map(String::strip).filter(s -> !s.isEmpty())
                    .orElse("holiday");
            boolean recurring = event.getProperty(Property.RRULE).isPresent()
                    || event.getProperty(Property.RDATE).isPresent();
            Temporal first = start.get().getDate();
            Set<Period<Temporal>> occurrences = event.calculateRecurrenceSet(recurring
                    ? window(first, zone, from, until) : window(first, zone, EARLIEST, LATEST));
            for (Period<Temporal> occurrence : occurrences) {
                for (LocalDate day : days(occurrence, zone, describe(event, name))) {
                    if (!recurring || (!day.isBefore(from) && day.isBefore(until))) {
                        days.putIfAbsent(day, name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name);
                    }
                }
                if (days.size() > MAX_DAYS) {
                    throw invalid("The file holds more than " + MAX_DAYS + " holiday days; import a few years at "
                            + "a time.");
                }
            }
        }
        List<Holiday> holidays = new ArrayList<>();
        days.forEach((day, name) -> holidays.add(new Holiday(day, name)));
        return holidays;
    }

    private static Calendar read(Reader ics) throws IOException {
        StringBuilder text = new StringBuilder();
        try (BufferedReader in = new BufferedReader(ics)) {
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        if (!text.toString().stripLeading().toUpperCase().startsWith("BEGIN:VCALENDAR")) {
            throw invalid("Not an iCalendar file: it does not begin with BEGIN:VCALENDAR.");
        }
        try {
            return new CalendarBuilder().build(new StringReader(text.toString()));
        } catch (ParserException e) {
            throw invalid("Line " + e.getLineNo() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw invalid("The file could not be read as iCalendar: " + e.getMessage());
        }
    }

    /** The import window in the temporal kind of the event's DTSTART, as iCal4j compares like with like. */
    private static Period<Temporal> window(Temporal first, ZoneId zone, LocalDate from, LocalDate until) {
        if (first instanceof LocalDate) {
            return new Period<>(from, until);
        }
        if (first instanceof ZonedDateTime z) {
            return new Period<>(from.atStartOfDay(z.getZone()), until.atStartOfDay(z.getZone()));
        }
        if (first instanceof OffsetDateTime o) {
            return new Period<>(from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(o.getOffset()),
                    until.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(o.getOffset()));
        }
        if (first instanceof Instant) {
            return new Period<>(from.atStartOfDay(zone).toInstant(), until.atStartOfDay(zone).toInstant());
        }
        return new Period<>(from.atStartOfDay(), until.atStartOfDay());
    }

    /** The whole days an occurrence covers in the calendar's zone. */
    private static List<LocalDate> days(Period<Temporal> occurrence, ZoneId zone, String event) {
        LocalDate first;
        LocalDate last;
        if (occurrence.getStart() instanceof LocalDate start) {
            LocalDate end = occurrence.getEnd() instanceof LocalDate e ? e : start;
            first = start;
            last = end.isAfter(start) ? end.minusDays(1) : start;
        } else {
            Instant start = instant(occurrence.getStart(), zone);
            Instant end = instant(occurrence.getEnd(), zone);
            if (Duration.between(start, end).compareTo(Duration.ofHours(23)) < 0) {
                throw invalid(event + " lasts less than a day; holidays are whole days (an all-day event, "
                        + "VALUE=DATE, or one from midnight to midnight).");
            }
            first = start.atZone(zone).toLocalDate();
            last = end.minusSeconds(1).atZone(zone).toLocalDate();
        }
        if (first.plusDays(MAX_DAYS_PER_EVENT).isBefore(last) || last.isBefore(first)) {
            throw invalid(event + " from " + first + " to " + last + " is not a holiday of 1 to " + MAX_DAYS_PER_EVENT
                    + " days.");
        }
        List<LocalDate> all = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            all.add(d);
        }
        return all;
    }

    private static Instant instant(Temporal t, ZoneId zone) {
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (t instanceof Instant i) {
            return i;
        }
        if (t instanceof LocalDateTime floating) {
            return floating.atZone(zone).toInstant();
        }
        return ((LocalDate) t).atStartOfDay(zone).toInstant();
    }

    private static String describe(VEvent event, String name) {
        return "The event \"" + name + "\"" + event.getProperty(Property.UID).map(uid -> " (UID " + uid.getValue()
                + ")").orElse("");
    }

    private static DeskException invalid(String message) {
        return new DeskException(ErrorCode.VALIDATION, "file", "S2", message);
    }
}
