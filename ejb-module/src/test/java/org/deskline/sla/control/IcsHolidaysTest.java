package org.deskline.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.deskline.platform.DeskException;
import org.deskline.sla.control.IcsHolidays.Holiday;
import org.junit.jupiter.api.Test;

/** S2: official holidays imported from an iCalendar file. */
class IcsHolidaysTest {

    private static final String NOWRUZ = String.join("\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Official holidays//FA",
            "BEGIN:VEVENT",
            "UID:nowruz-1406",
            "DTSTART;VALUE=DATE:20270321",
            "DTEND;VALUE=DATE:20270325",
            "SUMMARY:Nowruz\\, the Iranian new year (4 days) with a name that is folded over",
            "  two lines",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:oil",
            "DTSTART;VALUE=DATE:20270320",
            "SUMMARY:Oil nationalisation day",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:dup",
            "DTSTART;VALUE=DATE:20270321",
            "SUMMARY:Listed twice",
            "END:VEVENT",
            "END:VCALENDAR", "");

    private static final java.time.ZoneId TEHRAN = java.time.ZoneId.of("Asia/Tehran");

    private static List<Holiday> parse(String ics) throws Exception {
        return IcsHolidays.parse(new StringReader(ics), TEHRAN, LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1));
    }

    private static String calendar(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void s2_all_day_events_become_dated_holidays_with_dtend_exclusive() throws Exception {
        List<Holiday> holidays = parse(NOWRUZ);
        assertThat(holidays).extracting(Holiday::day).containsExactly(LocalDate.parse("2027-03-20"),
                LocalDate.parse("2027-03-21"), LocalDate.parse("2027-03-22"), LocalDate.parse("2027-03-23"),
                LocalDate.parse("2027-03-24"));
        assertThat(holidays.get(1).name())
                .isEqualTo("Nowruz, the Iranian new year (4 days) with a name that is folded over two lines");
        assertThat(holidays.get(0).name()).isEqualTo("Oil nationalisation day");
    }

    @Test
    void s2_a_short_timed_event_or_a_file_that_is_not_icalendar_is_refused_naming_the_event() {
        String timed = calendar("BEGIN:VEVENT", "UID:meeting-1", "DTSTART:20270320T090000Z",
                "DTEND:20270320T100000Z", "SUMMARY:Staff meeting", "END:VEVENT");
        assertThatThrownBy(() -> parse(timed))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.rule()).isEqualTo("S2");
                    assertThat(e.getMessage()).contains("Staff meeting", "meeting-1", "whole days");
                });
        assertThatThrownBy(() -> parse("day,name\n2027-03-20,Oil\n"))
                .isInstanceOf(DeskException.class).hasMessageContaining("BEGIN:VCALENDAR");
        String year = calendar("BEGIN:VEVENT", "UID:y", "DTSTART;VALUE=DATE:20270101", "DTEND;VALUE=DATE:20280101",
                "END:VEVENT");
        assertThatThrownBy(() -> parse(year)).isInstanceOf(DeskException.class).hasMessageContaining("1 to 31 days");
        assertThatThrownBy(() -> parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2027\r\n"))
                .isInstanceOfSatisfying(DeskException.class, e -> assertThat(e.field()).isEqualTo("file"));
    }

    @Test
    void s2_a_yearly_recurring_holiday_gives_every_year_of_the_window_less_its_exdates() throws Exception {
        String yearly = calendar("BEGIN:VEVENT", "UID:new-year", "DTSTART;VALUE=DATE:20200101",
                "DTEND;VALUE=DATE:20200102", "RRULE:FREQ=YEARLY", "EXDATE;VALUE=DATE:20270101",
                "SUMMARY:New Year's Day", "END:VEVENT");
        assertThat(parse(yearly)).extracting(Holiday::day).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 1, 1));
        String counted = calendar("BEGIN:VEVENT", "UID:labour", "DTSTART;VALUE=DATE:20260501",
                "RRULE:FREQ=YEARLY;COUNT=2", "SUMMARY:Labour Day", "END:VEVENT");
        assertThat(parse(counted)).extracting(Holiday::day).containsExactly(LocalDate.of(2026, 5, 1),
                LocalDate.of(2027, 5, 1));
    }

    @Test
    void s2_a_timed_whole_day_event_with_tzid_counts_in_the_calendars_zone_and_multi_day_events_give_each_day()
            throws Exception {
        String tehranDays = calendar("BEGIN:VEVENT", "UID:tz", "DTSTART;TZID=Asia/Tehran:20270401T000000",
                "DTEND;TZID=Asia/Tehran:20270403T000000", "SUMMARY:Two days off", "END:VEVENT");
        assertThat(parse(tehranDays)).extracting(Holiday::day).containsExactly(LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 4, 2));
        String inUtc = calendar("BEGIN:VEVENT", "UID:utc", "DTSTART:20270401T203000Z", "DTEND:20270402T203000Z",
                "SUMMARY:Midnight to midnight in Tehran", "END:VEVENT");
        assertThat(parse(inUtc)).extracting(Holiday::day).containsExactly(LocalDate.of(2027, 4, 2));
        String week = calendar("BEGIN:VEVENT", "UID:w", "DTSTART;VALUE=DATE:20270321", "DURATION:P4D",
                "SUMMARY:Nowruz", "END:VEVENT");
        assertThat(parse(week)).extracting(Holiday::day).containsExactly(LocalDate.of(2027, 3, 21),
                LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 23), LocalDate.of(2027, 3, 24));
    }
}
