package org.deskline.sla.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * S2: when support works. A weekly schedule of one or more opening intervals per day, in the calendar's time
 * zone, minus dated holidays (they do not recur: each year's dates are entered, as official calendars move).
 * Intervals are half-open, [start, end), and an interval may end at 24:00, so a 24/7 calendar is one seamless
 * stretch: no minute is lost or counted twice at midnight. Outside hours the clock starts at the next opening.
 */
public final class BusinessCalendar {

    /** One opening interval of a day, in minutes after midnight: [from, to), 0 ≤ from < to ≤ 1440. */
    public record Opening(int from, int to) {
        public Opening {
            if (from < 0 || to > 1440 || from >= to) {
                throw new IllegalArgumentException("an opening is [from, to) within 00:00-24:00: " + from + "-" + to);
            }
        }

        public static Opening of(LocalTime from, LocalTime to) {
            int end = to.equals(LocalTime.MIDNIGHT) ? 1440 : to.toSecondOfDay() / 60;
            return new Opening(from.toSecondOfDay() / 60, end);
        }
    }

    private static final int SEARCH_DAYS = 3 * 366;
    /** How many dates' opening spans a calendar keeps (about 11 years); past it the memo starts again. */
    private static final int REMEMBERED_DAYS = 4096;

    private final String name;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<Opening>> week;
    private final Set<LocalDate> holidays;
    /** Each date's opening spans as instants, worked out once per calendar (immutable; the server keeps one per name). */
    private final Map<LocalDate, List<Span>> daySpans = new java.util.concurrent.ConcurrentHashMap<>();

    public BusinessCalendar(String name, ZoneId zone, Map<DayOfWeek, List<Opening>> week, Set<LocalDate> holidays) {
        this.name = name;
        this.zone = zone;
        this.week = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, openings) -> this.week.put(day, sorted(openings)));
        this.holidays = Set.copyOf(holidays);
        if (this.week.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("calendar " + name + " is never open");
        }
    }

    /** S2: Saturday to Wednesday, 08:00-16:30, Asia/Tehran, with the given official holidays. */
    public static BusinessCalendar iranianBusinessWeek(Set<LocalDate> holidays) {
        return businessWeek(ZoneId.of("Asia/Tehran"), holidays);
    }

    /** S2's working week (Saturday to Wednesday, 08:00-16:30) in another zone. */
    public static BusinessCalendar businessWeek(ZoneId zone, Set<LocalDate> holidays) {
        Map<DayOfWeek, List<Opening>> week = new EnumMap<>(DayOfWeek.class);
        Opening day = Opening.of(LocalTime.of(8, 0), LocalTime.of(16, 30));
        for (DayOfWeek d : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY)) {
            week.put(d, List.of(day));
        }
        return new BusinessCalendar("Sat-Wed 08:00-16:30 " + zone.getId(), zone, week, holidays);
    }

    /** S3: around the clock, every day of the year (emergencies, 24/7 plans). */
    public static BusinessCalendar allDay(ZoneId zone) {
        Map<DayOfWeek, List<Opening>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, List.of(new Opening(0, 1440)));
        }
        return new BusinessCalendar("24/7", zone, week, Set.of());
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * M4: the end of the {@code days}-th working day after the day of {@code start} (a working day opens at least
     * once and is no holiday): its last closing time.
     */
    public Instant endOfWorkingDays(Instant start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("count at least one working day: " + days);
        }
        LocalDate day = start.atZone(zone).toLocalDate();
        int counted = 0;
        for (int i = 0; i < SEARCH_DAYS; i++) {
            day = day.plusDays(1);
            List<Opening> openings = week.getOrDefault(day.getDayOfWeek(), List.of());
            if (!openings.isEmpty() && !holidays.contains(day) && ++counted == days) {
                return day.atStartOfDay(zone).plusMinutes(openings.get(openings.size() - 1).to()).toInstant();
            }
        }
        throw new IllegalStateException("calendar " + name + " has no " + days + " working days ahead");
    }

    /** An official holiday of this calendar (B4 bills time on it at the holiday rate). */
    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    public boolean isOpen(Instant t) {
        for (Span s : spans(t, 2)) {
            if (!t.isBefore(s.start) && t.isBefore(s.end)) {
                return true;
            }
        }
        return false;
    }

    /** {@code t} itself when open, else the next moment support opens. */
    public Instant nextOpening(Instant t) {
        for (Span s : spans(t, SEARCH_DAYS)) {
            if (s.end.isAfter(t)) {
                return s.start.isAfter(t) ? s.start : t;
            }
        }
        throw new IllegalStateException("calendar " + name + " has no opening within " + SEARCH_DAYS + " days");
    }

    /** S4: the moment {@code businessTime} of working time after {@code start} has passed. */
    public Instant add(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("negative business time: " + businessTime);
        }
        if (businessTime.isZero()) {
            return start;
        }
        Duration remaining = businessTime;
        for (Span s : spans(start, SEARCH_DAYS)) {
            if (!s.end.isAfter(start)) {
                continue;
            }
            Instant from = s.start.isAfter(start) ? s.start : start;
            Duration available = Duration.between(from, s.end);
            if (remaining.compareTo(available) <= 0) {
                return from.plus(remaining);
            }
            remaining = remaining.minus(available);
        }
        throw new IllegalStateException("calendar " + name + " cannot fit " + businessTime);
    }

    /** S4: the working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        long days = Duration.between(from, to).toDays() + 2;
        for (Span s : spans(from, days)) {
            if (!s.start.isBefore(to)) {
                break;
            }
            Instant a = s.start.isAfter(from) ? s.start : from;
            Instant b = s.end.isBefore(to) ? s.end : to;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    private record Span(Instant start, Instant end) {
    }

    /**
     * The opening spans from the local day before {@code t} on, over {@code days} days, in order. Lazy: a deadline a
     * few days ahead looks at a few days, not at the whole search horizon. Spans that meet at midnight are not
     * merged: they are half-open, so every caller counts the same time either way, and merging made a 24/7
     * calendar's first span reach to the end of the horizon, three years of days worked out for every deadline
     * (issue 21's profile: 15 % of a create's CPU).
     */
    private Iterable<Span> spans(Instant t, long days) {
        LocalDate first = t.atZone(zone).toLocalDate().minusDays(1);
        return () -> new Iterator<>() {
            private long day = 0;
            private final ArrayDeque<Span> raw = new ArrayDeque<>();
            private Span pending = nextRaw();

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public Span next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                Span span = pending;
                pending = nextRaw();
                return span;
            }

            private Span nextRaw() {
                while (raw.isEmpty() && day <= days) {
                    raw.addAll(spansOf(first.plusDays(day++)));
                }
                return raw.poll();
            }
        };
    }

    /** The date's opening spans (none on a holiday), remembered. */
    private List<Span> spansOf(LocalDate date) {
        List<Span> known = daySpans.get(date);
        if (known != null) {
            return known;
        }
        List<Span> spans = new ArrayList<>(2);
        if (!holidays.contains(date)) {
            for (Opening o : week.getOrDefault(date.getDayOfWeek(), List.of())) {
                // wall-clock times of that date (a DST change moves the instant, not the opening hour)
                Instant start = date.atTime(LocalTime.ofSecondOfDay(o.from() * 60L)).atZone(zone).toInstant();
                Instant end = o.to() == 1440 ? date.plusDays(1).atStartOfDay(zone).toInstant()
                        : date.atTime(LocalTime.ofSecondOfDay(o.to() * 60L)).atZone(zone).toInstant();
                spans.add(new Span(start, end));
            }
        }
        if (daySpans.size() >= REMEMBERED_DAYS) {
            daySpans.clear();
        }
        daySpans.put(date, List.copyOf(spans));
        return spans;
    }

    private static List<Opening> sorted(List<Opening> openings) {
        List<Opening> copy = new ArrayList<>(openings);
        copy.sort((a, b) -> Integer.compare(a.from(), b.from()));
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).from() < copy.get(i - 1).to()) {
                throw new IllegalArgumentException("openings overlap: " + copy.get(i - 1) + " and " + copy.get(i));
            }
        }
        return List.copyOf(copy);
    }
}
