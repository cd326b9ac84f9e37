package org.deskline.sla.entity;

import org.deskline.sla.entity.BusinessCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** S2, S3: business time on the default Iranian working week, with holidays, and around the clock. */
class BusinessCalendarTest {

    private static final BusinessCalendar TEHRAN = BusinessCalendar.iranianBusinessWeek(Set.of());
    private static final BusinessCalendar TEHRAN_HOLIDAY =
            BusinessCalendar.iranianBusinessWeek(Set.of(LocalDate.parse("2026-11-23")));
    private static final BusinessCalendar ALLDAY_UTC = BusinessCalendar.allDay(ZoneId.of("UTC"));
    private static final Map<String, BusinessCalendar> CALENDARS = Map.of(
            "TEHRAN", TEHRAN, "TEHRAN_HOLIDAY", TEHRAN_HOLIDAY, "ALLDAY_UTC", ALLDAY_UTC,
            // the calendars of the oracle's rows (ejb-module/src/test/oracle/calendar_oracle.py)
            "TEHRAN_NOWRUZ", BusinessCalendar.iranianBusinessWeek(dates("2027-03-20", "2027-03-21", "2027-03-22",
                    "2027-03-23", "2027-03-24", "2026-12-30")),
            "BERLIN_SPLIT", new BusinessCalendar("split", ZoneId.of("Europe/Berlin"), weekdays(
                    List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY),
                    List.of(new BusinessCalendar.Opening(540, 720), new BusinessCalendar.Opening(780, 1020))),
                    dates("2026-12-25", "2026-12-28")),
            "MOSCOW", new BusinessCalendar("moscow", ZoneId.of("Europe/Moscow"), weekdays(
                    List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY), List.of(new BusinessCalendar.Opening(540, 1080))), Set.of()),
            "NIGHT_UTC", new BusinessCalendar("night", ZoneId.of("UTC"), weekdays(List.of(DayOfWeek.values()),
                    List.of(new BusinessCalendar.Opening(0, 360), new BusinessCalendar.Opening(1320, 1440))),
                    Set.of()),
            "ALLDAY_BERLIN", BusinessCalendar.allDay(ZoneId.of("Europe/Berlin")));

    private static Set<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).collect(java.util.stream.Collectors.toSet());
    }

    private static Map<DayOfWeek, List<BusinessCalendar.Opening>> weekdays(List<DayOfWeek> days,
                                                                          List<BusinessCalendar.Opening> openings) {
        Map<DayOfWeek, List<BusinessCalendar.Opening>> week = new java.util.EnumMap<>(DayOfWeek.class);
        days.forEach(d -> week.put(d, openings));
        return week;
    }

    static Stream<Arguments> goldenCases() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BusinessCalendarTest.class.getResourceAsStream("/sla/calendar-cases.csv"), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(",", -1))
                    .map(c -> Arguments.of(c[0], c[1], c[2], c[3], c[4]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} = {4}")
    @MethodSource("goldenCases")
    void s2_s3_golden_cases(String op, String calendarName, String from, String arg, String expected) {
        BusinessCalendar calendar = CALENDARS.get(calendarName);
        Instant start = local(calendar, from);
        switch (op) {
            case "add" -> assertThat(calendar.add(start, Duration.parse(arg))).isEqualTo(local(calendar, expected));
            case "between" -> assertThat(calendar.between(start, local(calendar, arg)))
                    .isEqualTo(Duration.parse(expected));
            case "next" -> assertThat(calendar.nextOpening(start)).isEqualTo(local(calendar, expected));
            case "open" -> assertThat(calendar.isOpen(start)).isEqualTo(Boolean.parseBoolean(expected));
            default -> throw new IllegalArgumentException(op);
        }
    }

    @Test
    void s2_add_and_between_agree_with_a_minute_by_minute_count_on_random_cases() {
        Random random = new Random(20261122);
        Instant base = LocalDateTime.parse("2026-01-01T00:00").atZone(TEHRAN.zone()).toInstant();
        for (BusinessCalendar calendar : List.of(TEHRAN, TEHRAN_HOLIDAY, ALLDAY_UTC)) {
            for (int i = 0; i < 150; i++) {
                Instant start = base.plus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
                Duration business = Duration.ofMinutes(1 + random.nextInt(20 * 60));
                Instant due = calendar.add(start, business);
                assertThat(due).as("%s + %s on %s", start, business, calendar.name())
                        .isEqualTo(bruteForceAdd(calendar, start, business));
                assertThat(calendar.between(start, due)).isEqualTo(business);
            }
        }
    }

    @Test
    void s3_around_the_clock_never_loses_a_minute_at_midnight_or_at_a_dst_change() {
        BusinessCalendar berlin = BusinessCalendar.allDay(ZoneId.of("Europe/Berlin"));
        Instant before = Instant.parse("2026-10-24T22:00:00Z"); // 00:00 CEST; clocks go back at 03:00 CEST
        Instant after = Instant.parse("2026-10-25T04:00:00Z");
        assertThat(berlin.between(before, after)).isEqualTo(Duration.ofHours(6));
        assertThat(berlin.add(before, Duration.ofHours(6))).isEqualTo(after);
    }

    @Test
    void s2_opening_hours_stay_wall_clock_hours_across_a_dst_change() {
        BusinessCalendar moscowStyle = new BusinessCalendar("Berlin office", ZoneId.of("Europe/Berlin"),
                Map.of(DayOfWeek.SUNDAY, List.of(BusinessCalendar.Opening.of(LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                Set.of());
        Instant sunday = LocalDateTime.parse("2026-10-25T12:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();
        assertThat(moscowStyle.isOpen(sunday)).isTrue();
        assertThat(moscowStyle.nextOpening(Instant.parse("2026-10-25T00:00:00Z")))
                .isEqualTo(LocalDateTime.parse("2026-10-25T09:00").atZone(ZoneId.of("Europe/Berlin")).toInstant());
    }

    @Test
    void a_calendar_must_open_sometime_and_openings_must_not_overlap() {
        assertThatThrownBy(() -> new BusinessCalendar("never", ZoneId.of("UTC"), Map.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessCalendar("overlap", ZoneId.of("UTC"),
                Map.of(DayOfWeek.MONDAY, List.of(new BusinessCalendar.Opening(480, 720),
                        new BusinessCalendar.Opening(700, 900))), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TEHRAN.add(Instant.EPOCH, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The slow and obvious way: walk minute by minute, counting the open ones. */
    private static Instant bruteForceAdd(BusinessCalendar calendar, Instant start, Duration business) {
        long needed = business.toMinutes();
        Instant t = start;
        while (true) {
            if (calendar.isOpen(t)) {
                needed--;
                if (needed == 0) {
                    return t.plus(1, ChronoUnit.MINUTES);
                }
            }
            t = t.plus(1, ChronoUnit.MINUTES);
        }
    }

    private static Instant local(BusinessCalendar calendar, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(calendar.zone()).toInstant();
    }
}
