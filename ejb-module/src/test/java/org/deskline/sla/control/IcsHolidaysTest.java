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

    @Test
    void s2_all_day_events_become_dated_holidays_with_dtend_exclusive() throws Exception {
        List<Holiday> holidays = IcsHolidays.parse(new StringReader(NOWRUZ));
        assertThat(holidays).extracting(Holiday::day).containsExactly(LocalDate.parse("2027-03-20"),
                LocalDate.parse("2027-03-21"), LocalDate.parse("2027-03-22"), LocalDate.parse("2027-03-23"),
                LocalDate.parse("2027-03-24"));
        assertThat(holidays.get(1).name())
                .isEqualTo("Nowruz, the Iranian new year (4 days) with a name that is folded over two lines");
        assertThat(holidays.get(0).name()).isEqualTo("Oil nationalisation day");
    }

    @Test
    void s2_a_timed_event_or_a_file_that_is_not_icalendar_is_refused_naming_the_line() {
        String timed = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20270320T090000Z\nEND:VEVENT\nEND:VCALENDAR\n";
        assertThatThrownBy(() -> IcsHolidays.parse(new StringReader(timed)))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.rule()).isEqualTo("S2");
                    assertThat(e.getMessage()).contains("Line 3", "all-day");
                });
        assertThatThrownBy(() -> IcsHolidays.parse(new StringReader("day,name\n2027-03-20,Oil\n")))
                .isInstanceOf(DeskException.class).hasMessageContaining("BEGIN:VCALENDAR");
        String year = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nDTEND;VALUE=DATE:20280101\n"
                + "END:VEVENT\nEND:VCALENDAR\n";
        assertThatThrownBy(() -> IcsHolidays.parse(new StringReader(year))).isInstanceOf(DeskException.class)
                .hasMessageContaining("1 to 31 days");
    }
}
