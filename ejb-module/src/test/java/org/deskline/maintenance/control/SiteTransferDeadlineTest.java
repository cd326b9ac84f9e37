package org.deskline.maintenance.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.deskline.sla.entity.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** M4: the customer answers within 7 working days of the SLA calendar (Saturday to Wednesday, Tehran). */
class SiteTransferDeadlineTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(TEHRAN).toInstant();
    }

    @Test
    void m4_seven_working_days_skip_thursday_friday_and_holidays_and_end_at_closing_time() {
        BusinessCalendar week = BusinessCalendar.iranianBusinessWeek(Set.of());
        // opened Tuesday 2026-12-01: Wed 2, Sat 5, Sun 6, Mon 7, Tue 8, Wed 9, Sat 12 -> Saturday 12 at 16:30
        assertThat(week.endOfWorkingDays(at("2026-12-01T10:00"), 7)).isEqualTo(at("2026-12-12T16:30"));
        // opened on a Friday the count starts on Saturday
        assertThat(week.endOfWorkingDays(at("2026-12-04T10:00"), 1)).isEqualTo(at("2026-12-05T16:30"));
        BusinessCalendar withHoliday = BusinessCalendar.iranianBusinessWeek(Set.of(LocalDate.of(2026, 12, 6)));
        assertThat(withHoliday.endOfWorkingDays(at("2026-12-01T10:00"), 7)).as("Sunday 6 is a holiday")
                .isEqualTo(at("2026-12-13T16:30"));
        BusinessCalendar allDay = BusinessCalendar.allDay(TEHRAN);
        assertThat(allDay.endOfWorkingDays(at("2026-12-01T10:00"), 7)).isEqualTo(at("2026-12-09T00:00"));
    }
}
